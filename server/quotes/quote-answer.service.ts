import type { EntityManager } from "typeorm";
import type { ConflictReason } from "../../shared/errors";
import { loadConsultationForActor, setConsultationStatus } from "../consultations";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { Quote } from "../platform/db/entities";
import { Forbidden, NotFound } from "../platform/errors";
import { expireOverdue } from "./quote-expiry";
import { canAnswer } from "./quote.policy";
import { assertOpen } from "./quote.service";

export type Answer = { kind: "accept" } | { kind: "decline"; reason: string };

/** The answer was recorded, or refused for a reason the route answers 409 with once the expiry is committed. */
export type AnswerOutcome = { answered: true; quote: Quote } | { answered: false; reason: ConflictReason; quote: Quote };

const REFUSAL: Partial<Record<Quote["status"], ConflictReason>> = {
  expired: "quote_expired", superseded: "quote_superseded", accepted: "quote_answered", declined: "quote_answered",
};

/**
 * A member of the company accepts or declines an open quote (who and when recorded). Accepting moves the
 * consultation to `accepted`; declining closes it with the reason `quote_declined` (the company can reopen it).
 * An expired quote is marked so (closing the consultation) and refused; a superseded or answered one is refused.
 */
export async function answerQuote(em: EntityManager, actor: Actor, consultationId: number, quoteId: number, answer: Answer, now: number): Promise<AnswerOutcome> {
  const consultation = await loadConsultationForActor(em, actor, consultationId);
  const quote = await em.getRepository(Quote).findOneBy({ id: quoteId, consultationId });
  if (!quote) throw new NotFound("Quote");
  if (!canAnswer(actor, consultation)) throw new Forbidden("Only the company's members answer its quotes");
  await expireOverdue(em, consultationId, now);
  const current = await em.getRepository(Quote).findOneByOrFail({ id: quoteId });
  const refusal = REFUSAL[current.status];
  if (refusal) return { answered: false, reason: refusal, quote: current };
  assertOpen(consultation);
  const accepted = answer.kind === "accept";
  const changes = {
    status: accepted ? ("accepted" as const) : ("declined" as const), answeredById: actor.user.id, answeredAt: new Date(now),
    declineReason: accepted ? null : answer.reason,
  };
  await em.getRepository(Quote).update(quoteId, changes);
  await recordAudit(em, {
    actorUserId: actor.user.id, action: accepted ? "quote.accepted" : "quote.declined", entityType: "quote", entityId: quoteId,
    institutionId: quote.institutionId, companyId: quote.companyId, reason: changes.declineReason,
    details: { consultationId, version: quote.version, total: quote.total },
  });
  if (accepted) await setConsultationStatus(em, actor, consultation, "accepted", { details: { quoteId, version: quote.version } });
  else {
    await setConsultationStatus(em, actor, consultation, "closed", {
      action: "consultation.closed", reason: answer.reason, changes: { closedReason: "quote_declined", closedAt: new Date(now) },
      details: { quoteId, version: quote.version },
    });
  }
  return { answered: true, quote: Object.assign(current, changes) };
}
