import { Brackets, In, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { LIMITS } from "../../shared/limits";
import { Consultation, ConsultationMeeting } from "../platform/db/entities";

/** A call or visit on a staff member's own calendar, with the one-line summary of its consultation. */
export interface MeetingRow {
  meeting: ConsultationMeeting;
  consultationSummary: string;
}

const DAY = 24 * 3_600_000;

/**
 * The staff member's consultation meetings a feed shows: proposed ones that end after the look-back window, and
 * cancelled ones for a while after the change, so subscribed calendars remove them (as with reservations).
 */
function meetingQuery(em: EntityManager, staffMemberId: number, now: number): SelectQueryBuilder<ConsultationMeeting> {
  return em
    .getRepository(ConsultationMeeting)
    .createQueryBuilder("m")
    .where("m.staffMemberId = :staffMemberId", { staffMemberId })
    .andWhere("m.endsAt > :since", { since: new Date(now - LIMITS.feedPastDays * DAY) })
    .andWhere(new Brackets((b) => b.where("m.status = :proposed", { proposed: "proposed" }).orWhere("m.updatedAt > :keepSince", { keepSince: new Date(now - LIMITS.feedCancelledKeepDays * DAY) })));
}

export async function meetingsInFeed(em: EntityManager, staffMemberId: number, now: number): Promise<MeetingRow[]> {
  const meetings = await meetingQuery(em, staffMemberId, now).orderBy("m.startsAt", "ASC").addOrderBy("m.id", "ASC").getMany();
  if (meetings.length === 0) return [];
  const consultations = await em.getRepository(Consultation).find({ where: { id: In([...new Set(meetings.map((m) => m.consultationId))]) }, select: { id: true, summary: true } });
  const summaries = new Map(consultations.map((c) => [c.id, c.summary]));
  return meetings.map((meeting) => ({ meeting, consultationSummary: summaries.get(meeting.consultationId) ?? "" }));
}

/** What changes whenever the meetings a feed shows change: which ones, their cancellations, the newest change. */
export function meetingsFingerprint(em: EntityManager, staffMemberId: number, now: number): Promise<unknown> {
  return meetingQuery(em, staffMemberId, now)
    .select("COUNT(*)", "n")
    .addSelect("SUM(m.id)", "ids")
    .addSelect("SUM(CASE WHEN m.status = 'cancelled' THEN 1 ELSE 0 END)", "cancelled")
    .addSelect("MAX(m.updatedAt)", "changed")
    .getRawOne();
}
