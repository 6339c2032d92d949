import type { EntityManager } from "typeorm";
import { covers, type Interval } from "../../shared/time/intervals";
import { buildDateRanges } from "../../shared/time/weekly-hours";
import { loadClosedDayTest } from "../availability";
import { activeReservationsIn, lockStaffMember } from "../booking";
import { ConsultationMeeting, StaffMember, StaffTimeOff } from "../platform/db/entities";
import { Conflict, RuleViolation } from "../platform/errors";

/** The staff member with their institution (its zone and closed days decide their working time). */
export async function staffWithInstitution(em: EntityManager, staffMemberId: number): Promise<StaffMember> {
  return em.getRepository(StaffMember).findOneOrFail({ where: { id: staffMemberId }, relations: { institution: true } });
}

/** A meeting falls within the staff member's working hours (in the institution's zone, closed days excluded). */
export async function assertWithinWorkingHours(em: EntityManager, member: StaffMember, interval: Interval): Promise<void> {
  const isClosed = await loadClosedDayTest(em, member.institution, interval);
  const working = buildDateRanges(member.workingHours, member.institution.timezone, interval, isClosed);
  if (!covers(working, interval)) {
    throw new RuleViolation("The staff member does not work at that time", { reason: "outside_working_hours" });
  }
}

/**
 * Takes the staff member's booking lock (the one a staffed booking and a handover take after the instrument's),
 * then checks that nothing already holds that time: an active assignment, time off, or another proposed meeting.
 * The lock lasts until the caller's transaction ends, so the insert that follows cannot cross a booking that
 * commits the same person (SQLite: `Database.write` runs one write at a time).
 */
export async function assertStaffFree(em: EntityManager, member: StaffMember, interval: Interval): Promise<void> {
  await lockStaffMember(em, member.id);
  const from = new Date(interval.start);
  const to = new Date(interval.end);
  const assignments = await activeReservationsIn(em, { institutionId: member.institutionId, staffMemberId: member.id, window: interval });
  if (assignments.length > 0) {
    throw new Conflict("You are assigned to a booking at that time", { reason: "meeting_overlaps_assignment", reservationIds: assignments.map((r) => r.id) });
  }
  const timeOff = await em
    .getRepository(StaffTimeOff)
    .createQueryBuilder("t")
    .where("t.staffMemberId = :id AND t.startsAt < :to AND t.endsAt > :from", { id: member.id, from, to })
    .getCount();
  if (timeOff > 0) throw new Conflict("You are off at that time", { reason: "meeting_overlaps_time_off" });
  const meetings = await proposedMeetingsIn(em, member.id, interval);
  if (meetings.length > 0) {
    throw new Conflict("You already have a meeting at that time", { reason: "meeting_overlaps_meeting", meetingIds: meetings.map((m) => m.id) });
  }
}

/** The calls and visits a staff member has proposed (not cancelled) that overlap an interval, earliest first. */
export function proposedMeetingsIn(em: EntityManager, staffMemberId: number, interval: Interval): Promise<ConsultationMeeting[]> {
  return em
    .getRepository(ConsultationMeeting)
    .createQueryBuilder("m")
    .where("m.staffMemberId = :id AND m.status = :proposed AND m.startsAt < :to AND m.endsAt > :from", {
      id: staffMemberId, proposed: "proposed", from: new Date(interval.start), to: new Date(interval.end),
    })
    .orderBy("m.startsAt", "ASC")
    .addOrderBy("m.id", "ASC")
    .getMany();
}
