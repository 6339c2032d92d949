import type { EntityManager } from "typeorm";
import type { CustomerType } from "../../shared/enums";
import { Charge, Company, Invoice, InvoiceLine } from "../platform/db/entities";

/** One line of revenue: an issued invoice's line (positive) or an issued credit note's (negative), excluding tax. */
export interface RevenueLine {
  institutionId: number;
  companyId: number;
  instrumentId: number | null;
  /** The rate the company was charged at (the charge's customer type), else the company's type today. */
  customerType: CustomerType;
  /** The transaction's date (the session's start, the cancellation) in the institution's zone, yyyy-MM-dd. */
  transactionDate: string;
  amount: number;
}

/**
 * Revenue by transaction date: the lines of issued invoices and credit notes whose transaction date (local to the
 * institution) lies between `from` and `to`. A credit note's lines carry the credited charges' dates, so a credit
 * cancels its invoice in the same fiscal year; drafts are not revenue. Amounts exclude consumption tax.
 */
export async function issuedRevenueLines(
  em: EntityManager,
  scope: { institutionId: number | null; from: string; to: string },
): Promise<RevenueLine[]> {
  const query = em
    .getRepository(InvoiceLine)
    .createQueryBuilder("l")
    .innerJoin(Invoice, "i", "i.id = l.invoiceId")
    .innerJoin(Company, "co", "co.id = i.companyId")
    .leftJoin(Charge, "ch", "ch.id = l.chargeId")
    .select(["i.institutionId AS institution_id", "i.companyId AS company_id", "ch.instrumentId AS instrument_id"])
    .addSelect(["ch.customerType AS charge_type", "co.customerType AS company_type", "l.transactionDate AS transaction_date", "l.amount AS amount"])
    .where("i.status = 'issued' AND l.transactionDate >= :from AND l.transactionDate <= :to", { from: scope.from, to: scope.to });
  if (scope.institutionId !== null) query.andWhere("i.institutionId = :institutionId", { institutionId: scope.institutionId });
  const rows = await query.getRawMany();
  return rows.map((row) => ({
    institutionId: Number(row.institution_id),
    companyId: Number(row.company_id),
    instrumentId: row.instrument_id === null ? null : Number(row.instrument_id),
    customerType: row.charge_type ?? row.company_type,
    transactionDate: row.transaction_date,
    amount: Number(row.amount),
  }));
}
