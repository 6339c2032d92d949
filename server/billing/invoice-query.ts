import { In, type EntityManager } from "typeorm";
import type { z } from "zod";
import type { InvoiceListQuerySchema } from "../../shared/schemas/billing";
import { Invoice, InvoiceLine, type User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";
import { billingScope } from "./billing.policy";

type ListQuery = z.output<typeof InvoiceListQuerySchema>;

export interface InvoiceWithLines {
  invoice: Invoice;
  lines: InvoiceLine[];
  creditOf: Invoice | null;
  /** Its credit notes, oldest first. */
  creditNotes: Invoice[];
  /** Per charge (the key linking a credit note's line to the invoice's), the yen its credit notes gave back. */
  credited: Map<number, number>;
}

/** Invoices the user may see: company members only issued ones of their company; staff none. */
export async function listInvoices(em: EntityManager, user: User, query: ListQuery): Promise<{ items: Invoice[]; total: number }> {
  if (user.role === "staff") throw new Forbidden("Invoices are for the institution's admins");
  const scope = billingScope(user, query);
  const q = em.getRepository(Invoice).createQueryBuilder("i").orderBy("i.month", "DESC").addOrderBy("i.id", "DESC");
  if (scope.institutionId !== null) q.andWhere("i.institutionId = :institutionId", { institutionId: scope.institutionId });
  if (scope.companyId !== null) q.andWhere("i.companyId = :companyId", { companyId: scope.companyId });
  if (user.role === "company_member") q.andWhere("i.status = 'issued'");
  else if (query.status) q.andWhere("i.status = :status", { status: query.status });
  if (query.month) q.andWhere("i.month = :month", { month: query.month });
  const [items, total] = await q.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
  return { items, total };
}

/** Invoices with their lines and credit-note links, in two or three queries more for any number of invoices. */
export async function withLines(em: EntityManager, invoices: Invoice[]): Promise<InvoiceWithLines[]> {
  if (invoices.length === 0) return [];
  const ids = invoices.map((i) => i.id);
  const lines = await em.getRepository(InvoiceLine).find({ where: { invoiceId: In(ids) }, order: { invoiceId: "ASC", position: "ASC" } });
  const linkIds = invoices.map((i) => i.creditOfId).filter((id): id is number => id !== null);
  const related = await em
    .getRepository(Invoice)
    .createQueryBuilder("i")
    .where("i.creditOfId IN (:...ids)", { ids })
    .orWhere("i.id IN (:...linkIds)", { linkIds: linkIds.length ? linkIds : [0] })
    .orderBy("i.id", "ASC")
    .getMany();
  const notes = related.filter((r) => r.creditOfId !== null && ids.includes(r.creditOfId));
  const noteLines = notes.length ? await em.getRepository(InvoiceLine).findBy({ invoiceId: In(notes.map((n) => n.id)) }) : [];
  return invoices.map((invoice) => {
    const creditNotes = notes.filter((n) => n.creditOfId === invoice.id);
    return {
      invoice,
      lines: lines.filter((l) => l.invoiceId === invoice.id),
      creditOf: related.find((r) => r.id === invoice.creditOfId) ?? null,
      creditNotes,
      credited: creditedPerCharge(noteLines.filter((l) => creditNotes.some((n) => n.id === l.invoiceId))),
    };
  });
}

/** Yen given back per charge by these credit-note lines (their amounts are negative). */
export function creditedPerCharge(noteLines: Pick<InvoiceLine, "chargeId" | "amount">[]): Map<number, number> {
  const credited = new Map<number, number>();
  for (const line of noteLines) if (line.chargeId !== null) credited.set(line.chargeId, (credited.get(line.chargeId) ?? 0) - line.amount);
  return credited;
}
