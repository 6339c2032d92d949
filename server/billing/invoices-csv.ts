import type { EntityManager } from "typeorm";
import { TAX_RATES } from "../../shared/rules/consumption-tax";
import { Invoice, type User } from "../platform/db/entities";
import { csvText } from "../platform/csv";
import { Forbidden } from "../platform/errors";
import { billingScope } from "./billing.policy";
import { withLines } from "./invoice-query";

const HEADER = [
  "invoice_number", "kind", "credit_of", "issue_date", "due_date", "month", "issuer", "registration_number", "company_id", "recipient",
  "transaction_date", "description", "quantity", "unit", "unit_price", "amount", "tax_rate", "invoice_subtotal", "invoice_tax", "invoice_total", "paid",
];

/**
 * The issued invoices and credit notes of a month for the accounting system: UTF-8 with a BOM (so Excel opens it
 * as UTF-8), CRLF line ends, one row per invoice line with the invoice's totals repeated.
 */
export async function invoicesCsv(em: EntityManager, user: User, query: { institutionId?: number; month: string }): Promise<string> {
  if (user.role === "staff") throw new Forbidden("Invoices are for the institution's admins");
  const scope = billingScope(user, query);
  const where = { month: query.month, status: "issued", ...(scope.institutionId !== null ? { institutionId: scope.institutionId } : {}), ...(scope.companyId !== null ? { companyId: scope.companyId } : {}) };
  const invoices = await em.getRepository(Invoice).find({ where, order: { number: "ASC" } });
  const rows = (await withLines(em, invoices)).flatMap(({ invoice, lines, creditOf }) =>
    lines.map((line) => [
      invoice.number, invoice.kind, creditOf?.number ?? null, invoice.issueDate, invoice.dueDate, invoice.month, invoice.issuerName, invoice.registrationNumber,
      invoice.companyId, invoice.recipientName, line.transactionDate, line.description, line.quantityMilli / 1000, line.unit, line.unitPrice, line.amount,
      TAX_RATES[line.taxCategory], invoice.subtotal, invoice.tax, invoice.total, invoice.paidAt ? "yes" : "no",
    ]),
  );
  return csvText([HEADER, ...rows]);
}
