import { Brackets, In, type EntityManager } from "typeorm";
import { DateTime } from "luxon";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import type { Interval } from "../../shared/time/intervals";
import { buildDateRanges } from "../../shared/time/weekly-hours";
import { Blackout, Company, Consultation, type ConsultationMeeting, type Reservation, type StaffMember, type StaffTimeOff } from "../platform/db/entities";
import type { Actor } from "../platform/actor";
import { loadClosedDayTest } from "../availability";
import { presentableReservations } from "../booking";
import { proposedMeetingsIn } from "../consultations";
import { authorizedStaffMember } from "./staff-directory.service";
import { timeOffIn } from "./time-off.service";

export interface Schedule {
  member: StaffMember;
  zone: string;
  working: Interval[];
  timeOff: StaffTimeOff[];
  blackouts: Blackout[];
  items: Reservation[];
  meetings: ScheduledMeeting[];
}

/** A call or visit the staff member proposed on a consultation: it holds their time like an assignment. */
export interface ScheduledMeeting {
  meeting: ConsultationMeeting;
  summary: string;
  companyName: string;
}

/** The staff member's proposed (not cancelled) meetings in a window, with the consultation they belong to. */
async function meetingsOf(em: EntityManager, member: StaffMember, window: Interval): Promise<ScheduledMeeting[]> {
  const meetings = await proposedMeetingsIn(em, member.id, window);
  if (meetings.length === 0) return [];
  const consultations = await em.getRepository(Consultation).findBy({ id: In([...new Set(meetings.map((m) => m.consultationId))]) });
  const companies = await em.getRepository(Company).findBy({ id: In([...new Set(consultations.map((c) => c.companyId))]) });
  const byId = new Map(consultations.map((c) => [c.id, c]));
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return meetings.map((meeting) => {
    const consultation = byId.get(meeting.consultationId);
    return { meeting, summary: consultation?.summary ?? "", companyName: (consultation && names.get(consultation.companyId)) ?? "" };
  });
}

/** Statuses shown in a schedule: what is still to happen and what has happened (not what was called off). */
const SCHEDULED_STATUSES = [...ACTIVE_RESERVATION_STATUSES, "completed", "no_show"];

/** Reservations the person is assigned to, and every reservation on the instruments they support, in a window. */
function scheduledReservations(em: EntityManager, member: StaffMember, window: Interval, statuses: readonly string[]): Promise<Reservation[]> {
  const instrumentIds = member.instruments.map((i) => i.id);
  return presentableReservations(em)
    .where("r.startsAt < :to AND r.endsAt > :from", { from: new Date(window.start), to: new Date(window.end) })
    .andWhere("r.status IN (:...statuses)", { statuses })
    .andWhere(
      new Brackets((q) => {
        q.where("r.assignedStaffId = :staffId", { staffId: member.id });
        if (instrumentIds.length) q.orWhere("r.instrumentId IN (:...instrumentIds)", { instrumentIds });
      }),
    )
    .orderBy("r.startsAt", "ASC")
    .addOrderBy("r.id", "ASC")
    .getMany();
}

function blackoutsFor(em: EntityManager, member: StaffMember, window: Interval): Promise<Blackout[]> {
  const instrumentIds = member.instruments.map((i) => i.id);
  return em
    .getRepository(Blackout)
    .createQueryBuilder("b")
    .where("b.institutionId = :institutionId", { institutionId: member.institutionId })
    .andWhere("b.startsAt < :to AND b.endsAt > :from", { from: new Date(window.start), to: new Date(window.end) })
    .andWhere(
      new Brackets((q) => {
        q.where("b.instrumentId IS NULL");
        if (instrumentIds.length) q.orWhere("b.instrumentId IN (:...instrumentIds)", { instrumentIds });
      }),
    )
    .orderBy("b.startsAt", "ASC")
    .getMany();
}

export async function staffSchedule(em: EntityManager, actor: Actor, staffMemberId: number, window: Interval): Promise<Schedule> {
  const member = await authorizedStaffMember(em, actor, staffMemberId, "view");
  const zone = member.institution.timezone;
  const isClosed = await loadClosedDayTest(em, member.institution, window);
  return {
    member,
    zone,
    working: buildDateRanges(member.workingHours, zone, window, isClosed),
    timeOff: await timeOffIn(em, member.id, window),
    blackouts: await blackoutsFor(em, member, window),
    items: await scheduledReservations(em, member, window, SCHEDULED_STATUSES),
    meetings: await meetingsOf(em, member, window),
  };
}

/** What is still ahead today (local day in the institution's zone): running or upcoming, pending or confirmed. */
export async function staffToday(em: EntityManager, actor: Actor, staffMemberId: number, now: number) {
  const member = await authorizedStaffMember(em, actor, staffMemberId, "view");
  const zone = member.institution.timezone;
  const today = DateTime.fromMillis(now, { zone });
  const window = { start: now, end: today.startOf("day").plus({ days: 1 }).toMillis() };
  return { member, zone, date: today.toISODate()!, items: await scheduledReservations(em, member, window, ACTIVE_RESERVATION_STATUSES) };
}
