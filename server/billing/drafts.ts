import { DateTime } from "luxon";
import { In, type EntityManager } from "typeorm";
import { invoiceTotals } from "../../shared/rules/consumption-tax";
import { Charge, Institution, Invoice, InvoiceLine } from "../platform/db/entities";
import { Conflict } from "../platform/errors";

export function invoiceIssued(): Conflict {
  return new Conflict("The invoice is issued and cannot change; correct it with a credit note", { reason: "invoice_issued" });
}

/** Refuses to touch charges that are on an issued invoice. */
export async function assertNotIssued(em: EntityManager, charges: Pick<Charge, "invoiceId">[]): Promise<void> {
  const ids = [...new Set(charges.map((c) => c.invoiceId).filter((id): id is number => id !== null))];
  if (ids.length === 0) return;
  if (await em.getRepository(Invoice).existsBy({ id: In(ids), status: "issued" })) throw invoiceIssued();
}

/** An invoice's lines from its charges, in the order they happened, dated in the institution's zone. */
export function linesFromCharges(invoiceId: number, charges: Charge[], zone: string, sign = 1): Partial<InvoiceLine>[] {
  return [...charges]
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id)
    .map((charge, position) => ({
      invoiceId,
      chargeId: charge.id,
      position,
      description: charge.description,
      quantityMilli: charge.quantityMilli,
      unit: charge.unit,
      unitPrice: charge.unitPrice,
      amount: sign * charge.amount,
      taxCategory: charge.taxCategory,
      transactionDate: DateTime.fromJSDate(charge.occurredAt, { zone }).toISODate()!,
    }));
}

/** Writes a draft's lines and totals again from the charges it holds (after a run, or a charge corrected). */
export async function writeDraftLines(em: EntityManager, invoice: Invoice, zone: string): Promise<void> {
  const charges = await em.getRepository(Charge).findBy({ invoiceId: invoice.id });
  await em.getRepository(InvoiceLine).delete({ invoiceId: invoice.id });
  const lines = linesFromCharges(invoice.id, charges, zone);
  if (lines.length > 0) await em.getRepository(InvoiceLine).insert(lines);
  const totals = invoiceTotals(lines as InvoiceLine[], invoice.taxRounding);
  await em.getRepository(Invoice).update(invoice.id, { subtotal: totals.subtotal, tax: totals.tax, total: totals.total, taxes: totals.taxes });
}

/** Brings the given drafts up to date with their charges; issued invoices are never touched. */
export async function rebuildDrafts(em: EntityManager, invoiceIds: (number | null)[]): Promise<void> {
  const ids = [...new Set(invoiceIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return;
  for (const invoice of await em.getRepository(Invoice).findBy({ id: In(ids), status: "draft" })) {
    const institution = await em.getRepository(Institution).findOneByOrFail({ id: invoice.institutionId });
    await writeDraftLines(em, invoice, institution.timezone);
  }
}
