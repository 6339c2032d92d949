import { In, IsNull, type EntityManager } from "typeorm";
import { Charge, Company, Invoice, InvoiceLine, type User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { canOnInstitution } from "../institutions";
import { issuerSettings, loadInstitution } from "./billing-settings";
import { writeDraftLines } from "./drafts";
import { monthWindow } from "./months";

/**
 * The monthly run: one draft per company with charges in the month (in the institution's zone) that are on no
 * issued invoice. Drafts of that month from an earlier run are replaced; issued invoices are never touched, and
 * their charges stay theirs.
 */
export async function runInvoices(em: EntityManager, user: User, institutionId: number, month: string): Promise<Invoice[]> {
  const institution = await loadInstitution(em, institutionId);
  if (!canOnInstitution(user, "manage", institutionId)) throw new Forbidden("Only the institution's admins run invoices");
  const previous = await em.getRepository(Invoice).findBy({ institutionId, month, status: "draft", kind: "invoice" });
  if (previous.length > 0) {
    const ids = previous.map((d) => d.id);
    await em.getRepository(Charge).update({ invoiceId: In(ids) }, { invoiceId: null });
    await em.getRepository(InvoiceLine).delete({ invoiceId: In(ids) });
    await em.getRepository(Invoice).delete(ids);
  }
  const window = monthWindow(month, institution.timezone);
  const charges = await em
    .getRepository(Charge)
    .createQueryBuilder("c")
    .where("c.institutionId = :institutionId", { institutionId })
    .andWhere("c.occurredAt >= :from AND c.occurredAt < :to", { from: window.start, to: window.end })
    .andWhere("c.invoiceId IS NULL")
    .orderBy("c.companyId")
    .addOrderBy("c.occurredAt")
    .getMany();
  const companyIds = [...new Set(charges.map((c) => c.companyId))];
  const companies = companyIds.length ? await em.getRepository(Company).findBy({ id: In(companyIds) }) : [];
  const settings = await issuerSettings(em, institution);
  const drafts: Invoice[] = [];
  for (const company of companies.sort((a, b) => a.id - b.id)) {
    const draft = em.getRepository(Invoice).create({
      institutionId, companyId: company.id, kind: "invoice", status: "draft", month,
      issuerName: settings.issuerName, registrationNumber: settings.registrationNumber, recipientName: company.name,
      taxRounding: settings.taxRounding, taxes: [],
    });
    await em.getRepository(Invoice).insert(draft);
    await em.getRepository(Charge).update({ institutionId, companyId: company.id, invoiceId: IsNull(), id: In(charges.filter((c) => c.companyId === company.id).map((c) => c.id)) }, { invoiceId: draft.id });
    await writeDraftLines(em, draft, institution.timezone);
    drafts.push(draft);
  }
  await recordAudit(em, {
    actorUserId: user.id, action: "invoice.run", entityType: "institution", entityId: institutionId, institutionId,
    details: { month, drafts: drafts.length, replaced: previous.length, charges: charges.length },
  });
  return drafts.length ? em.getRepository(Invoice).find({ where: { id: In(drafts.map((d) => d.id)) }, order: { companyId: "ASC" } }) : [];
}
