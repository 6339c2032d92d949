import { In, type EntityManager } from "typeorm";
import type { z } from "zod";
import type { CreditNoteRequestSchema } from "../../shared/schemas/billing";
import { invoiceTotals } from "../../shared/rules/consumption-tax";
import { Charge, Invoice, InvoiceLine, type User } from "../platform/db/entities";
import { Conflict, RuleViolation, ValidationError } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { issuerSettings, loadInstitution } from "./billing-settings";
import { authorizedInvoice, giveNumber } from "./invoice-issue.service";
import { creditedPerCharge } from "./invoice-query";

type CreditInput = z.output<typeof CreditNoteRequestSchema>;
interface Pick { line: InvoiceLine; amount: number }

/** What credit notes already gave back on each line of an invoice (by the line's charge). */
async function creditedSoFar(em: EntityManager, invoiceId: number): Promise<Map<number, number>> {
  const notes = await em.getRepository(Invoice).findBy({ creditOfId: invoiceId });
  if (notes.length === 0) return new Map();
  return creditedPerCharge(await em.getRepository(InvoiceLine).findBy({ invoiceId: In(notes.map((n) => n.id)) }));
}

/** The lines to credit and by how much: each chosen line's remaining amount or less, or everything remaining. */
function picksOf(lines: InvoiceLine[], remaining: (line: InvoiceLine) => number, chosen: CreditInput["lines"]): Pick[] {
  if (!chosen) return lines.filter((line) => remaining(line) > 0).map((line) => ({ line, amount: remaining(line) }));
  return chosen.map((choice, i) => {
    const line = lines.find((l) => l.position === choice.position);
    if (!line) throw new ValidationError(`lines.${i}.position: the invoice has no such line`);
    const amount = choice.amount ?? remaining(line);
    if (amount === 0 || amount > remaining(line)) throw new ValidationError(`lines.${i}.amount: at most the line's remaining ${remaining(line)} yen`);
    return { line, amount };
  });
}

/** A credit note line: the original line again when credited whole, else one "item" of the amount credited. */
function creditLine(noteId: number, { line, amount }: Pick, position: number): Partial<InvoiceLine> {
  const whole = amount === line.amount;
  return {
    invoiceId: noteId, chargeId: line.chargeId, position, description: line.description, taxCategory: line.taxCategory, transactionDate: line.transactionDate,
    quantityMilli: whole ? line.quantityMilli : 1000, unit: whole ? line.unit : "item", unitPrice: whole ? line.unitPrice : amount, amount: -amount,
  };
}

/**
 * A credit note (返還インボイス) for an issued invoice, issued at once with the next number and referencing it: for
 * the chosen lines and amounts, or for all that remains. Its tax is computed once per rate on its own lines. When
 * nothing of the invoice remains, its charges are released: staff correct them and the next run bills them again.
 */
export async function creditInvoice(em: EntityManager, user: User, id: number, input: CreditInput, now: number): Promise<Invoice> {
  const original = await authorizedInvoice(em, user, id, "manage");
  if (original.status !== "issued" || original.kind !== "invoice") throw new RuleViolation("Only an issued invoice can be credited", { reason: "invalid_transition" });
  const lines = await em.getRepository(InvoiceLine).find({ where: { invoiceId: id }, order: { position: "ASC" } });
  const credited = await creditedSoFar(em, id);
  const remaining = (line: InvoiceLine) => line.amount - (line.chargeId !== null ? (credited.get(line.chargeId) ?? 0) : line.amount);
  if (lines.every((line) => remaining(line) <= 0)) throw new Conflict("This invoice has already been credited in full", { reason: "already_exists" });
  const picks = picksOf(lines, remaining, input.lines);
  const institution = await loadInstitution(em, original.institutionId);
  const settings = await issuerSettings(em, institution);
  const note = em.getRepository(Invoice).create({
    institutionId: original.institutionId, companyId: original.companyId, kind: "credit_note", status: "issued", month: original.month,
    issuerName: settings.issuerName, registrationNumber: settings.registrationNumber, recipientName: original.recipientName,
    taxRounding: original.taxRounding, taxes: [], creditOfId: id, issuedAt: new Date(now),
  });
  await em.getRepository(Invoice).insert(note);
  const noteLines = picks.map((pick, position) => creditLine(note.id, pick, position));
  await em.getRepository(InvoiceLine).insert(noteLines);
  const totals = invoiceTotals(noteLines as InvoiceLine[], original.taxRounding);
  const numbering = await giveNumber(em, note, settings, institution.timezone, now);
  await em.getRepository(Invoice).update(note.id, { ...numbering, dueDate: null, subtotal: totals.subtotal, tax: totals.tax, total: totals.total, taxes: totals.taxes });
  const full = lines.every((line) => remaining(line) === (picks.find((p) => p.line.id === line.id)?.amount ?? 0));
  if (full) await em.getRepository(Charge).update({ invoiceId: id }, { invoiceId: null });
  await recordAudit(em, {
    actorUserId: user.id, action: "invoice.credited", entityType: "invoice", entityId: id, institutionId: original.institutionId, companyId: original.companyId,
    reason: input.reason, details: { creditNoteId: note.id, creditNoteNumber: numbering.number, total: totals.total, full },
  });
  return em.getRepository(Invoice).findOneByOrFail({ id: note.id });
}
