import { Brackets, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { LIMITS } from "../../shared/limits";
import { Blackout, Institution, Reservation, StaffTimeOff } from "../db/entities";
import type { ResolvedFeed } from "./calendar-feed.service";

/**
 * How much of a reservation a feed may show: `company` (the booking company's own view), `facility` (the
 * institution's staff and admins), or `busy` (time and place only: no company, purpose, sample or people).
 */
export type ReservationView = "company" | "facility" | "busy";

export interface FeedContent {
  view: ReservationView;
  /** The institution's zone when the feed covers one institution (a display hint for calendar apps). */
  zone: string | null;
  reservations: Reservation[];
  timeOff: StaffTimeOff[];
  blackouts: Blackout[];
}

const DAY = 24 * 3_600_000;
const GONE = ["cancelled", "rejected"];

/**
 * Reservations a feed shows: everything that ends after the look-back window, plus cancelled and rejected
 * ones for a while after the change, so subscribed calendars remove them. Only the columns the view may show
 * are read; the busy view never even loads the company, the purpose or the people.
 */
function reservations(em: EntityManager, view: ReservationView, now: number): SelectQueryBuilder<Reservation> {
  const q = em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .select(["r.id", "r.instrumentId", "r.institutionId", "r.startsAt", "r.endsAt", "r.status", "r.revision", "r.updatedAt", "r.cancelledAt", "r.decidedAt"])
    .innerJoin("r.instrument", "instrument")
    .addSelect(["instrument.id", "instrument.nameJa", "instrument.nameEn", "instrument.building", "instrument.room", "instrument.institutionId"])
    .innerJoin("instrument.institution", "institution")
    .addSelect(["institution.id", "institution.nameJa", "institution.nameEn", "institution.timezone"]);
  if (view !== "busy") {
    q.addSelect(["r.companyId", "r.userId", "r.purpose", "r.sampleDescription", "r.assistanceType", "r.assignedStaffId", "r.cancellationReason", "r.decisionReason"])
      .innerJoin("r.company", "company")
      .addSelect(["company.id", "company.name"])
      .innerJoin("r.user", "booker")
      .addSelect(["booker.id", "booker.displayName"])
      .leftJoin("r.assignedStaff", "staff")
      .addSelect(["staff.id"])
      .leftJoin("staff.user", "staffUser")
      .addSelect(["staffUser.id", "staffUser.displayName"]);
  }
  return q
    .where("r.endsAt > :since", { since: new Date(now - LIMITS.feedPastDays * DAY) })
    .andWhere(
      new Brackets((b) =>
        b.where("r.status NOT IN (:...gone)", { gone: GONE }).orWhere("COALESCE(r.cancelledAt, r.decidedAt, r.updatedAt) > :keepSince", {
          keepSince: new Date(now - LIMITS.feedCancelledKeepDays * DAY),
        }),
      ),
    )
    .orderBy("r.startsAt", "ASC")
    .addOrderBy("r.id", "ASC");
}

function blackouts(em: EntityManager, institutionId: number, instrumentId: number | null, now: number): Promise<Blackout[]> {
  const q = em
    .getRepository(Blackout)
    .createQueryBuilder("b")
    .leftJoinAndSelect("b.instrument", "instrument")
    .innerJoinAndSelect("b.institution", "institution")
    .where("b.institutionId = :institutionId", { institutionId })
    .andWhere("b.endsAt > :since", { since: new Date(now - LIMITS.feedPastDays * DAY) });
  if (instrumentId !== null) q.andWhere(new Brackets((b) => b.where("b.instrumentId IS NULL").orWhere("b.instrumentId = :instrumentId", { instrumentId })));
  return q.orderBy("b.startsAt", "ASC").addOrderBy("b.id", "ASC").getMany();
}

async function zoneOf(em: EntityManager, institutionId: number | null): Promise<string | null> {
  if (institutionId === null) return null;
  const institution = await em.getRepository(Institution).findOne({ where: { id: institutionId }, select: { id: true, timezone: true } });
  return institution?.timezone ?? null;
}

/** Everything one feed shows, as of `now`. */
export async function loadFeedContent(em: EntityManager, resolved: ResolvedFeed, now: number): Promise<FeedContent> {
  const { feed, owner } = resolved;
  const empty = { timeOff: [], blackouts: [] };
  switch (feed.kind) {
    case "company":
    case "user": {
      const q = reservations(em, "company", now).andWhere("r.companyId = :companyId", { companyId: owner.companyId ?? -1 });
      if (feed.kind === "user") q.andWhere("r.userId = :userId", { userId: owner.id });
      return { view: "company", zone: null, reservations: await q.getMany(), ...empty };
    }
    case "staff": {
      const staffMemberId = resolved.staffMemberId ?? -1;
      const assignments = await reservations(em, "facility", now).andWhere("r.assignedStaffId = :staffMemberId", { staffMemberId }).getMany();
      const timeOff = await em
        .getRepository(StaffTimeOff)
        .createQueryBuilder("t")
        .where("t.staffMemberId = :staffMemberId", { staffMemberId })
        .andWhere("t.endsAt > :since", { since: new Date(now - LIMITS.feedPastDays * DAY) })
        .orderBy("t.startsAt", "ASC")
        .addOrderBy("t.id", "ASC")
        .getMany();
      return { view: "facility", zone: await zoneOf(em, owner.institutionId), reservations: assignments, timeOff, blackouts: [] };
    }
    case "instrument": {
      const busy = await reservations(em, "busy", now).andWhere("r.instrumentId = :instrumentId", { instrumentId: feed.instrumentId }).getMany();
      return {
        view: "busy",
        zone: await zoneOf(em, feed.institutionId),
        reservations: busy,
        timeOff: [],
        blackouts: await blackouts(em, feed.institutionId!, feed.instrumentId, now),
      };
    }
    case "institution": {
      const all = await reservations(em, "facility", now).andWhere("r.institutionId = :institutionId", { institutionId: feed.institutionId }).getMany();
      return {
        view: "facility",
        zone: await zoneOf(em, feed.institutionId),
        reservations: all,
        timeOff: [],
        blackouts: await blackouts(em, feed.institutionId!, null, now),
      };
    }
  }
}
