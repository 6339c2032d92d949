import { In, type EntityManager } from "typeorm";
import { isQuoteExpired } from "../../shared/rules/quotes";
import { setConsultationStatus } from "../consultations";
import { recordAudit } from "../platform/audit-trail";
import { Consultation, Institution, Quote } from "../platform/db/entities";

/**
 * Marks a consultation's issued quotes whose validity ended (the institution's zone, the clock's now) expired, and
 * closes the consultation with the reason `quote_expired` when it was waiting on such a quote. Run before a quote
 * is read, answered or revised, so nobody acts on an expired quote as if it were open. Answers what expired.
 */
export async function expireOverdue(em: EntityManager, consultationId: number, now: number): Promise<Quote[]> {
  const issued = await em.getRepository(Quote).findBy({ consultationId, status: "issued" });
  if (issued.length === 0) return [];
  const zones = new Map((await em.getRepository(Institution).findBy({ id: In(issued.map((q) => q.institutionId)) })).map((i) => [i.id, i.timezone]));
  const expired = issued.filter((q) => isQuoteExpired(q.validUntil, zones.get(q.institutionId) ?? "Asia/Tokyo", now));
  for (const quote of expired) {
    await em.getRepository(Quote).update(quote.id, { status: "expired" });
    quote.status = "expired";
    await recordAudit(em, {
      actorUserId: null, action: "quote.expired", entityType: "quote", entityId: quote.id, institutionId: quote.institutionId, companyId: quote.companyId,
      details: { consultationId, version: quote.version, validUntil: quote.validUntil },
    });
  }
  const consultation = await em.getRepository(Consultation).findOneBy({ id: consultationId });
  if (expired.length > 0 && consultation?.status === "quoted") {
    await setConsultationStatus(em, null, consultation, "closed", {
      action: "consultation.closed", reason: "quote_expired", changes: { closedReason: "quote_expired", closedAt: new Date(now) },
    });
  }
  return expired;
}
