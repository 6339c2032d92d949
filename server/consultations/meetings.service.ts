import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { ConsultationMeetingRequestSchema } from "../../shared/schemas/consultations";
import type { Interval } from "../../shared/time/intervals";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { ConsultationMeeting } from "../platform/db/entities";
import { Forbidden, NotFound, RuleViolation } from "../platform/errors";
import { loadAccess, loadForAction } from "./consultation-access";
import { assertStaffFree, assertWithinWorkingHours, staffWithInstitution } from "./meetings-calendar";
import { canOnMeeting, isCancellable } from "./meetings.policy";

type MeetingInput = z.output<typeof ConsultationMeetingRequestSchema>;

/**
 * The assigned staff member proposes a call or visit on their own calendar, while the consultation is open:
 * in the future, within their working hours (422), and clear of their assignments, time off and other meetings
 * (409), checked under their booking lock.
 */
export async function proposeMeeting(em: EntityManager, actor: Actor, id: number, input: MeetingInput, now: Date): Promise<ConsultationMeeting> {
  const access = await loadForAction(em, actor, id, "advise", "Only the assigned staff member proposes meetings, on their own calendar");
  if (access.consultation.status === "closed") {
    throw new RuleViolation("The consultation is closed; the company can reopen it", { reason: "invalid_transition", status: "closed" });
  }
  const interval: Interval = { start: Date.parse(input.start), end: Date.parse(input.end) };
  if (interval.start <= now.getTime()) throw new RuleViolation("A meeting is proposed for a time still to come", { reason: "in_past" });
  const member = await staffWithInstitution(em, actor.staffMemberId!);
  await assertWithinWorkingHours(em, member, interval);
  await assertStaffFree(em, member, interval);
  const repository = em.getRepository(ConsultationMeeting);
  const meeting = repository.create({
    consultationId: id, staffMemberId: member.id, institutionId: member.institutionId, kind: input.kind,
    startsAt: new Date(interval.start), endsAt: new Date(interval.end), note: input.note || null, status: "proposed",
  });
  await repository.insert(meeting);
  await audit(em, actor, meeting, access.consultation.companyId, "consultation.meeting_proposed");
  return meeting;
}

/** The staff member (or an admin of their institution) cancels a proposed meeting that is not over. */
export async function cancelMeeting(em: EntityManager, actor: Actor, id: number, meetingId: number, now: Date): Promise<ConsultationMeeting> {
  const access = await loadAccess(em, actor, id);
  const meeting = await em.getRepository(ConsultationMeeting).findOneBy({ id: meetingId, consultationId: id });
  if (!meeting) throw new NotFound("Meeting");
  if (!canOnMeeting(actor, "cancel", meeting)) throw new Forbidden("Only the staff member or an admin of their institution cancels this meeting");
  if (!isCancellable(meeting, now)) {
    throw new RuleViolation(meeting.status === "cancelled" ? "The meeting is already cancelled" : "The meeting is over", { reason: "invalid_transition", status: meeting.status });
  }
  await markCancelled(em, actor, meeting, access.consultation.companyId, now);
  return meeting;
}

/**
 * Closing a consultation cancels its meetings still to come (a meeting under way is left to end): the staff
 * member's time is free again and the company and staff are told, as when a meeting is cancelled by hand.
 */
export async function cancelMeetingsToCome(em: EntityManager, actor: Actor, consultationId: number, companyId: number, now: Date): Promise<void> {
  const meetings = await em.getRepository(ConsultationMeeting).findBy({ consultationId, status: "proposed" });
  for (const meeting of meetings.filter((m) => m.startsAt.getTime() > now.getTime())) {
    await markCancelled(em, actor, meeting, companyId, now, "consultation_closed");
  }
}

/** Cancels a meeting and records it (the audit event is what notifies the company and the staff member). */
async function markCancelled(em: EntityManager, actor: Actor, meeting: ConsultationMeeting, companyId: number, now: Date, reason?: "consultation_closed") {
  // Stamped by the app's clock, as a reservation's cancelledAt is: feeds keep a cancellation for a while from then.
  await em.getRepository(ConsultationMeeting).update(meeting.id, { status: "cancelled", updatedAt: now });
  Object.assign(meeting, { status: "cancelled", updatedAt: now });
  await audit(em, actor, meeting, companyId, "consultation.meeting_cancelled", reason);
}

function audit(
  em: EntityManager, actor: Actor, meeting: ConsultationMeeting, companyId: number,
  action: "consultation.meeting_proposed" | "consultation.meeting_cancelled", reason?: "consultation_closed",
) {
  return recordAudit(em, {
    actorUserId: actor.user.id, action, entityType: "consultation", entityId: meeting.consultationId,
    institutionId: meeting.institutionId, companyId,
    details: {
      meetingId: meeting.id, kind: meeting.kind, staffMemberId: meeting.staffMemberId,
      start: meeting.startsAt.toISOString(), end: meeting.endsAt.toISOString(), ...(reason ? { reason } : {}),
    },
  });
}
