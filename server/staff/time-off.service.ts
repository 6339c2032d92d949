import type { EntityManager } from "typeorm";
import type { z } from "zod";
import { DateTime } from "luxon";
import type { CreateTimeOffRequestSchema } from "../../shared/schemas/staff";
import type { Interval } from "../../shared/time/intervals";
import { lockStaffMember } from "../booking";
import { StaffTimeOff } from "../platform/db/entities";
import { proposedMeetingsIn } from "../consultations";
import { Conflict, NotFound } from "../platform/errors";
import type { Actor } from "../platform/actor";
import { localizedSummaries } from "../booking";
import { activeReservationsIn } from "../booking";
import { recordAudit } from "../platform/audit-trail";
import { authorizedStaffMember } from "./staff-directory.service";

type CreateInput = z.output<typeof CreateTimeOffRequestSchema>;

/** Whole local days (inclusive) in the institution's zone, or the given instants. */
function timeOffInterval(input: CreateInput, zone: string): Interval {
  if (input.start && input.end) return { start: Date.parse(input.start), end: Date.parse(input.end) };
  const first = DateTime.fromISO(input.startDate!, { zone }).startOf("day");
  const last = DateTime.fromISO(input.endDate!, { zone }).startOf("day").plus({ days: 1 });
  return { start: first.toMillis(), end: last.toMillis() };
}

/**
 * Records time off. When it collides with active assignments it is refused (409 `time_off_collides`) with
 * those assignments listed, to be handed over first; the database trigger guards the same rule. Over a proposed
 * consultation meeting: 409 `time_off_collides_meeting` (checked under the same staff lock as the meeting).
 */
export async function addTimeOff(em: EntityManager, actor: Actor, staffMemberId: number, input: CreateInput): Promise<StaffTimeOff> {
  const member = await authorizedStaffMember(em, actor, staffMemberId, "self_service");
  const interval = timeOffInterval(input, member.institution.timezone);
  await lockStaffMember(em, member.id);
  const collisions = await activeReservationsIn(em, { institutionId: member.institutionId, staffMemberId: member.id, window: interval });
  if (collisions.length > 0) {
    throw new Conflict("The time off collides with assignments; hand them over first", {
      reason: "time_off_collides",
      assignments: localizedSummaries(collisions),
    });
  }
  const meetings = await proposedMeetingsIn(em, member.id, interval);
  if (meetings.length > 0) {
    throw new Conflict("The time off collides with consultation meetings; cancel them first", {
      reason: "time_off_collides_meeting",
      meetings: meetings.map((m) => ({ consultationId: m.consultationId, meetingId: m.id, start: m.startsAt.toISOString(), end: m.endsAt.toISOString() })),
    });
  }
  const row = em.getRepository(StaffTimeOff).create({
    staffMemberId: member.id,
    startsAt: new Date(interval.start),
    endsAt: new Date(interval.end),
    reason: input.reason ?? "",
  });
  await em.getRepository(StaffTimeOff).insert(row);
  await recordAudit(em, {
    actorUserId: actor.user.id,
    action: "staff.time_off_added",
    entityType: "staff_member",
    entityId: member.id,
    institutionId: member.institutionId,
    reason: row.reason || null,
    details: { start: row.startsAt.toISOString(), end: row.endsAt.toISOString() },
  });
  return row;
}

export async function listTimeOff(em: EntityManager, actor: Actor, staffMemberId: number, window: Interval): Promise<StaffTimeOff[]> {
  const member = await authorizedStaffMember(em, actor, staffMemberId, "view");
  return timeOffIn(em, member.id, window);
}

/** A page of the time off that has not ended by `now`, soonest first. */
export async function upcomingTimeOff(
  em: EntityManager,
  actor: Actor,
  staffMemberId: number,
  now: Date,
  paging: { page: number; pageSize: number },
): Promise<{ items: StaffTimeOff[]; total: number }> {
  const member = await authorizedStaffMember(em, actor, staffMemberId, "view");
  const [items, total] = await em
    .getRepository(StaffTimeOff)
    .createQueryBuilder("t")
    .where("t.staffMemberId = :staffMemberId AND t.endsAt > :now", { staffMemberId: member.id, now })
    .orderBy("t.startsAt", "ASC")
    .addOrderBy("t.id", "ASC")
    .skip((paging.page - 1) * paging.pageSize)
    .take(paging.pageSize)
    .getManyAndCount();
  return { items, total };
}

export function timeOffIn(em: EntityManager, staffMemberId: number, window: Interval): Promise<StaffTimeOff[]> {
  return em
    .getRepository(StaffTimeOff)
    .createQueryBuilder("t")
    .where("t.staffMemberId = :staffMemberId", { staffMemberId })
    .andWhere("t.startsAt < :to AND t.endsAt > :from", { from: new Date(window.start), to: new Date(window.end) })
    .orderBy("t.startsAt", "ASC")
    .getMany();
}

export async function removeTimeOff(em: EntityManager, actor: Actor, staffMemberId: number, timeOffId: number): Promise<void> {
  const member = await authorizedStaffMember(em, actor, staffMemberId, "self_service");
  const row = await em.getRepository(StaffTimeOff).findOneBy({ id: timeOffId, staffMemberId: member.id });
  if (!row) throw new NotFound("Time off");
  await em.getRepository(StaffTimeOff).delete(row.id);
  await recordAudit(em, {
    actorUserId: actor.user.id,
    action: "staff.time_off_removed",
    entityType: "staff_member",
    entityId: member.id,
    institutionId: member.institutionId,
    details: { start: row.startsAt.toISOString(), end: row.endsAt.toISOString() },
  });
}
