import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import { invoiceNumber, invoiceTotals } from "../../shared/rules/consumption-tax";
import { fiscalYearOf } from "../../shared/time/fiscal-year";
import { Charge, Invoice, InvoiceCounter, InvoiceLine, type User } from "../platform/db/entities";
import { NotFound, Forbidden, RuleViolation } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { canOnInvoice } from "./billing.policy";
import { issuerSettings, loadInstitution, type IssuerSettings } from "./billing-settings";
import { invoiceIssued } from "./drafts";
import { localDate, plusDays } from "./months";

export async function authorizedInvoice(em: EntityManager, user: User, id: number, action: "view" | "manage"): Promise<Invoice> {
  const invoice = await em.getRepository(Invoice).findOneBy({ id });
  if (!invoice || !canOnInvoice(user, "view", invoice)) throw new NotFound("Invoice");
  if (!canOnInvoice(user, action, invoice)) throw new Forbidden("Only the institution's admins change invoices");
  return invoice;
}

/**
 * The next number of the institution's fiscal year. The counter row's lock (PostgreSQL: the UPDATE's row lock,
 * held to commit; SQLite: the write queue) orders concurrent issuers, and a rolled-back issue gives its number
 * back with its transaction: numbers are unique and gap-free.
 */
async function nextSequence(em: EntityManager, institutionId: number, fiscalYear: number): Promise<number> {
  await em.createQueryBuilder().insert().into(InvoiceCounter).values({ institutionId, fiscalYear, lastNumber: 0 }).orIgnore().execute();
  await em.createQueryBuilder().update(InvoiceCounter).set({ lastNumber: () => "last_number + 1" }).where({ institutionId, fiscalYear }).execute();
  return (await em.getRepository(InvoiceCounter).findOneByOrFail({ institutionId, fiscalYear })).lastNumber;
}

/** Moves a draft to issued in one conditional UPDATE, so two concurrent issues of one draft cannot both win. */
async function claimDraft(em: EntityManager, id: number, now: number): Promise<void> {
  const result = await em.createQueryBuilder().update(Invoice).set({ status: "issued", issuedAt: new Date(now) }).where({ id, status: "draft" }).execute();
  if (result.affected === 0) throw invoiceIssued();
}

/** The next number, the issue date (today in the institution's zone) and the due date. */
export async function giveNumber(em: EntityManager, invoice: Invoice, settings: IssuerSettings, zone: string, now: number) {
  const issueDate = localDate(now, zone);
  const fiscalYear = fiscalYearOf(issueDate);
  const number = invoiceNumber(settings.invoicePrefix, fiscalYear, await nextSequence(em, invoice.institutionId, fiscalYear));
  return { number, fiscalYear, issueDate, dueDate: plusDays(issueDate, settings.paymentTermsDays) };
}

/** Issues a draft: the issuer as set now, a number, the issue and due dates; the tax is computed again at the set rounding. */
export async function issueInvoice(em: EntityManager, user: User, id: number, now: number): Promise<Invoice> {
  const invoice = await authorizedInvoice(em, user, id, "manage");
  if (invoice.status !== "draft") throw invoiceIssued();
  const institution = await loadInstitution(em, invoice.institutionId);
  const settings = await issuerSettings(em, institution);
  if (!settings.registrationNumber) {
    throw new RuleViolation("Set the institution's qualified invoice registration number before issuing", { reason: "issuer_not_registered" });
  }
  const lines = await em.getRepository(InvoiceLine).findBy({ invoiceId: id });
  if (lines.length === 0) throw new RuleViolation("An invoice without lines cannot be issued", { reason: "invalid_transition" });
  await claimDraft(em, id, now);
  const numbering = await giveNumber(em, invoice, settings, institution.timezone, now);
  const totals = invoiceTotals(lines, settings.taxRounding);
  await em.getRepository(Invoice).update(id, {
    ...numbering, issuerName: settings.issuerName, registrationNumber: settings.registrationNumber, taxRounding: settings.taxRounding,
    subtotal: totals.subtotal, tax: totals.tax, total: totals.total, taxes: totals.taxes,
  });
  await recordAudit(em, {
    actorUserId: user.id, action: "invoice.issued", entityType: "invoice", entityId: id, institutionId: invoice.institutionId, companyId: invoice.companyId,
    details: { number: numbering.number, total: totals.total },
  });
  return em.getRepository(Invoice).findOneByOrFail({ id });
}

/** Paid or unpaid: the one thing that changes on an issued invoice. */
export async function markPaid(em: EntityManager, user: User, id: number, paid: boolean, now: number): Promise<Invoice> {
  const invoice = await authorizedInvoice(em, user, id, "manage");
  if (invoice.status !== "issued") throw new RuleViolation("Only an issued invoice can be paid", { reason: "invalid_transition" });
  await em.getRepository(Invoice).update(id, { paidAt: paid ? new Date(now) : null });
  await recordAudit(em, {
    actorUserId: user.id, action: paid ? "invoice.paid" : "invoice.unpaid", entityType: "invoice", entityId: id,
    institutionId: invoice.institutionId, companyId: invoice.companyId, details: { number: invoice.number, on: DateTime.fromMillis(now).toISODate() },
  });
  return em.getRepository(Invoice).findOneByOrFail({ id });
}

/** Deletes a draft and releases its charges; an issued invoice answers 409 invoice_issued. */
export async function deleteDraft(em: EntityManager, user: User, id: number): Promise<void> {
  const invoice = await authorizedInvoice(em, user, id, "manage");
  if (invoice.status !== "draft") throw invoiceIssued();
  await em.getRepository(Charge).update({ invoiceId: id }, { invoiceId: null });
  await em.getRepository(InvoiceLine).delete({ invoiceId: id });
  await em.getRepository(Invoice).delete(id);
  await recordAudit(em, { actorUserId: user.id, action: "invoice.deleted", entityType: "invoice", entityId: id, institutionId: invoice.institutionId, companyId: invoice.companyId, details: { month: invoice.month } });
}
