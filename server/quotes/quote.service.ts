import { IsNull, type EntityManager } from "typeorm";
import type { z } from "zod";
import type { CreateQuoteRequestSchema } from "../../shared/schemas/quotes";
import { loadConsultationForActor, setConsultationStatus } from "../consultations";
import { loadInstitution } from "../billing";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { Company, ConsultationRoute, Quote, QuoteLine, type Consultation } from "../platform/db/entities";
import { Forbidden, RuleViolation } from "../platform/errors";
import { expireOverdue } from "./quote-expiry";
import { priceQuoteFor } from "./quote-pricing";
import { quotingInstitution } from "./quote.policy";

type CreateQuoteInput = z.output<typeof CreateQuoteRequestSchema>;

/** A closed consultation takes no quote and no answer: the company reopens it first. */
export function assertOpen(consultation: Consultation): void {
  if (consultation.status === "closed") {
    throw new RuleViolation("The consultation is closed; the company can reopen it", { reason: "invalid_transition", status: consultation.status });
  }
}

/**
 * Staff quote a routed consultation for their institution: priced by the booking's rules for the company's
 * customer type, numbered as the consultation's next version; the open quote it revises is superseded (kept);
 * the consultation becomes `quoted`.
 */
export async function issueQuote(em: EntityManager, actor: Actor, consultationId: number, input: CreateQuoteInput, now: number): Promise<Quote> {
  const consultation = await loadConsultationForActor(em, actor, consultationId);
  const routes = await em.getRepository(ConsultationRoute).findBy({ consultationId, removedAt: IsNull() });
  const institutionId = quotingInstitution(actor, routes);
  if (institutionId === null) throw new Forbidden("Only the assigned staff or an admin of a routed institution quote");
  assertOpen(consultation);
  const institution = await loadInstitution(em, institutionId);
  const company = await em.getRepository(Company).findOneByOrFail({ id: consultation.companyId });
  const price = await priceQuoteFor(em, institution, company, input);
  await expireOverdue(em, consultationId, now);
  const previous = await em.getRepository(Quote).find({ where: { consultationId }, order: { version: "DESC" } });
  const open = previous.filter((q) => q.status === "issued");
  if (open.length > 0) await em.getRepository(Quote).update(open.map((q) => q.id), { status: "superseded" });
  const quote = await em.getRepository(Quote).save(em.getRepository(Quote).create({
    consultationId, institutionId, companyId: company.id, version: (previous[0]?.version ?? 0) + 1, status: "issued",
    customerType: price.customerType, provisional: price.provisional, validUntil: input.validUntil, notes: input.notes ?? "",
    taxRounding: price.rounding, subtotal: price.subtotal, tax: price.tax, total: price.total, taxes: price.taxes,
    createdById: actor.user.id, answeredById: null, answeredAt: null, declineReason: null,
  }));
  await em.getRepository(QuoteLine).insert(price.lines.map((line, position) => ({ ...line, quoteId: quote.id, position })));
  await recordAudit(em, {
    actorUserId: actor.user.id, action: "quote.issued", entityType: "quote", entityId: quote.id, institutionId, companyId: company.id,
    details: { consultationId, version: quote.version, total: quote.total, supersedes: open.map((q) => q.id) },
  });
  await setConsultationStatus(em, actor, consultation, "quoted", { details: { quoteId: quote.id, version: quote.version } });
  return quote;
}
