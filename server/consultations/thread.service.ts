import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { AdviceTimeRequestSchema, CloseConsultationRequestSchema } from "../../shared/schemas/consultations";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { ConsultationAdviceTime, ConsultationMessage } from "../platform/db/entities";
import { RuleViolation } from "../platform/errors";
import { loadForAction, setConsultationStatus } from "./consultation-access";
import { isCompanySide } from "./consultation.policy";
import { assertOpen } from "./routing.service";
import { cancelMeetingsToCome } from "./meetings.service";

type AdviceInput = z.output<typeof AdviceTimeRequestSchema>;
type CloseInput = z.output<typeof CloseConsultationRequestSchema>;

/** Statuses the first reply from an institution moves to `answered`. */
const AWAITING_ANSWER = new Set(["routed", "assigned"]);

/**
 * Adds a message to the thread (the company, the assigned staff, admins of a routed institution, the coordinator).
 * The first reply from the institution's side answers the request.
 */
export async function postMessage(em: EntityManager, actor: Actor, id: number, body: string): Promise<ConsultationMessage> {
  const access = await loadForAction(em, actor, id, "message", "Only the company, the assigned staff, the institution's admins and the coordinator write here");
  assertOpen(access);
  const { consultation } = access;
  const repository = em.getRepository(ConsultationMessage);
  const message = repository.create({ consultationId: id, authorUserId: actor.user.id, body });
  await repository.insert(message);
  const fromInstitution = actor.user.role === "staff" || actor.user.role === "institution_admin";
  await recordAudit(em, {
    actorUserId: actor.user.id, action: "consultation.message_posted", entityType: "consultation", entityId: id,
    institutionId: fromInstitution ? actor.user.institutionId : null, companyId: consultation.companyId,
    details: { messageId: message.id, side: isCompanySide(actor, consultation) ? "company" : fromInstitution ? "institution" : "coordinator" },
  });
  if (fromInstitution && AWAITING_ANSWER.has(consultation.status)) {
    await setConsultationStatus(em, actor, consultation, "answered", { details: { institutionId: actor.user.institutionId } });
  }
  return message;
}

/** The assigned staff member logs time spent advising (counted as technical support in reports). */
export async function logAdviceTime(em: EntityManager, actor: Actor, id: number, input: AdviceInput): Promise<ConsultationAdviceTime> {
  const access = await loadForAction(em, actor, id, "advise", "Only the assigned staff member logs advice time");
  const repository = em.getRepository(ConsultationAdviceTime);
  const row = repository.create({
    consultationId: id, staffMemberId: actor.staffMemberId!, institutionId: actor.user.institutionId!,
    minutes: input.minutes, date: input.date, note: input.note || null,
  });
  await repository.insert(row);
  await recordAudit(em, {
    actorUserId: actor.user.id, action: "consultation.advice_logged", entityType: "consultation", entityId: id,
    institutionId: row.institutionId, companyId: access.consultation.companyId, details: { minutes: row.minutes, date: row.date },
  });
  return row;
}

/** Closes the request with a reason (the assigned staff, an admin of a routed institution, the coordinator, or the company withdrawing). */
export async function closeConsultation(em: EntityManager, actor: Actor, id: number, input: CloseInput, now: Date): Promise<void> {
  const access = await loadForAction(em, actor, id, "close", "You cannot close this consultation");
  assertOpen(access);
  const companySide = isCompanySide(actor, access.consultation);
  const reason = companySide ? "withdrawn" : input.reason;
  await setConsultationStatus(em, actor, access.consultation, "closed", {
    action: "consultation.closed",
    reason,
    changes: {
      closedReason: reason, closedAt: now,
      outcomeSummary: companySide ? null : input.outcomeSummary || null,
      outcomeShared: companySide ? false : input.outcomeShared,
    },
  });
  await cancelMeetingsToCome(em, actor, id, access.consultation.companyId, now);
}

/** The company reopens a closed request: back with the institutions it was with (or to the coordinator). */
export async function reopenConsultation(em: EntityManager, actor: Actor, id: number): Promise<void> {
  const access = await loadForAction(em, actor, id, "reopen", "Only the company reopens its request");
  if (access.consultation.status !== "closed") {
    throw new RuleViolation("Only a closed consultation can be reopened", { reason: "invalid_transition", status: access.consultation.status });
  }
  const assigned = access.routes.some((r) => r.assignedStaffMemberId !== null);
  const status = assigned ? "assigned" : access.routes.length > 0 ? "routed" : "received";
  await setConsultationStatus(em, actor, access.consultation, status, {
    action: "consultation.reopened",
    changes: { closedReason: null, closedAt: null },
  });
}
