import { Brackets, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { LIMITS } from "../../shared/limits";
import { Blackout, Institution, Reservation, StaffTimeOff } from "../platform/db/entities";
import type { ResolvedFeed } from "./calendar-feed.service";
import { BASE_COLUMNS, DETAIL_COLUMNS, toRow, type Raw, type ReservationRow } from "./feed-rows";
import { meetingsFingerprint, meetingsInFeed, type MeetingRow } from "./feed-meetings";

/**
 * How much of a reservation a feed may show: `company` (the booking company's own view), `facility` (the
 * institution's staff and admins), or `busy` (time and place only: no company, purpose, sample or people).
 */
export type ReservationView = "company" | "facility" | "busy";

export interface FeedContent {
  view: ReservationView;
  /** The institution's zone when the feed covers one institution (a display hint for calendar apps). */
  zone: string | null;
  reservations: ReservationRow[];
  timeOff: StaffTimeOff[];
  /** The staff member's consultation calls and visits (staff feeds). */
  meetings: MeetingRow[];
  blackouts: Blackout[];
}

/** What one kind of feed selects. */
interface FeedSpec {
  view: ReservationView;
  scope: (q: SelectQueryBuilder<Reservation>) => void;
  zoneInstitutionId: number | null;
  /** The staff member whose time off and consultation meetings the feed shows. */
  timeOffOf: number | null;
  blackoutsOf: { institutionId: number; instrumentId: number | null } | null;
}

function specOf({ feed, owner, staffMemberId }: ResolvedFeed): FeedSpec {
  const none = { timeOffOf: null, blackoutsOf: null };
  switch (feed.kind) {
    case "company":
    case "user":
      return {
        view: "company",
        zoneInstitutionId: null,
        scope: (q) => {
          q.andWhere("r.companyId = :companyId", { companyId: owner.companyId ?? -1 });
          if (feed.kind === "user") q.andWhere("r.userId = :userId", { userId: owner.id });
        },
        ...none,
      };
    case "staff":
      return {
        view: "facility",
        zoneInstitutionId: owner.institutionId,
        scope: (q) => q.andWhere("r.assignedStaffId = :staffMemberId", { staffMemberId: staffMemberId ?? -1 }),
        timeOffOf: staffMemberId ?? -1,
        blackoutsOf: null,
      };
    case "instrument":
      return {
        view: "busy",
        zoneInstitutionId: feed.institutionId,
        scope: (q) => q.andWhere("r.instrumentId = :instrumentId", { instrumentId: feed.instrumentId }),
        timeOffOf: null,
        blackoutsOf: { institutionId: feed.institutionId!, instrumentId: feed.instrumentId },
      };
    case "institution":
      return {
        view: "facility",
        zoneInstitutionId: feed.institutionId,
        scope: (q) => q.andWhere("r.institutionId = :institutionId", { institutionId: feed.institutionId }),
        timeOffOf: null,
        blackoutsOf: { institutionId: feed.institutionId!, instrumentId: null },
      };
  }
}

const DAY = 24 * 3_600_000;
const since = (now: number) => new Date(now - LIMITS.feedPastDays * DAY);

/**
 * Reservations a feed shows: everything that ends after the look-back window, plus cancelled and rejected
 * ones for a while after the change, so subscribed calendars remove them.
 */
function reservationQuery(em: EntityManager, spec: FeedSpec, now: number): SelectQueryBuilder<Reservation> {
  const q = em.getRepository(Reservation).createQueryBuilder("r").select([]);
  // A reservation that ends after `since` starts at most one maximal reservation before it: the bound on
  // `startsAt` keeps each scope's (…, starts_at) index range to the feed's window instead of the whole history.
  const from = since(now);
  q.where("r.startsAt > :earliest", { earliest: new Date(from.getTime() - LIMITS.maxReservationMinutes * 60_000) })
    .andWhere("r.endsAt > :since", { since: from })
    .andWhere(
      new Brackets((b) =>
        b.where("r.status NOT IN (:...gone)", { gone: ["cancelled", "rejected"] }).orWhere("COALESCE(r.cancelledAt, r.decidedAt, r.updatedAt) > :keepSince", {
          keepSince: new Date(now - LIMITS.feedCancelledKeepDays * DAY),
        }),
      ),
    );
  spec.scope(q);
  return q;
}

/** The same reservations with what their events show of instruments and, except in the busy view, of people. */
function withShownRows(q: SelectQueryBuilder<Reservation>, spec: FeedSpec): SelectQueryBuilder<Reservation> {
  q.innerJoin("r.instrument", "instrument").innerJoin("instrument.institution", "institution");
  if (spec.view !== "busy") {
    q.innerJoin("r.company", "company").innerJoin("r.user", "booker").leftJoin("r.assignedStaff", "staff").leftJoin("staff.user", "staffUser");
  }
  return q;
}

function timeOffQuery(em: EntityManager, staffMemberId: number, now: number): SelectQueryBuilder<StaffTimeOff> {
  return em.getRepository(StaffTimeOff).createQueryBuilder("t").where("t.staffMemberId = :staffMemberId", { staffMemberId }).andWhere("t.endsAt > :since", { since: since(now) });
}

function blackoutQuery(em: EntityManager, of: { institutionId: number; instrumentId: number | null }, now: number): SelectQueryBuilder<Blackout> {
  const q = em
    .getRepository(Blackout)
    .createQueryBuilder("b")
    .where("b.institutionId = :institutionId", { institutionId: of.institutionId })
    .andWhere("b.endsAt > :since", { since: since(now) });
  if (of.instrumentId !== null) q.andWhere(new Brackets((b) => b.where("b.instrumentId IS NULL").orWhere("b.instrumentId = :instrumentId", { instrumentId: of.instrumentId })));
  return q;
}

async function zoneOf(em: EntityManager, institutionId: number | null): Promise<string | null> {
  if (institutionId === null) return null;
  const institution = await em.getRepository(Institution).findOne({ where: { id: institutionId }, select: { id: true, timezone: true } });
  return institution?.timezone ?? null;
}

/** Everything one feed shows, as of `now`. Reservations are read as raw rows (entity hydration costs ten times the query). */
export async function loadFeedContent(em: EntityManager, resolved: ResolvedFeed, now: number): Promise<FeedContent> {
  const spec = specOf(resolved);
  const q = withShownRows(reservationQuery(em, spec, now), spec);
  const withDetail = spec.view !== "busy";
  for (const [column, alias] of [...BASE_COLUMNS, ...(withDetail ? DETAIL_COLUMNS : [])]) q.addSelect(column, alias);
  const raw: Raw[] = await q.orderBy("r.startsAt", "ASC").addOrderBy("r.id", "ASC").getRawMany();
  return {
    view: spec.view,
    zone: await zoneOf(em, spec.zoneInstitutionId),
    reservations: raw.map((row) => toRow(row, withDetail)),
    timeOff: spec.timeOffOf === null ? [] : await timeOffQuery(em, spec.timeOffOf, now).orderBy("t.startsAt", "ASC").addOrderBy("t.id", "ASC").getMany(),
    meetings: spec.timeOffOf === null ? [] : await meetingsInFeed(em, spec.timeOffOf, now),
    blackouts: spec.blackoutsOf === null
      ? []
      : await blackoutQuery(em, spec.blackoutsOf, now).leftJoinAndSelect("b.instrument", "instrument").innerJoinAndSelect("b.institution", "institution").orderBy("b.startsAt", "ASC").addOrderBy("b.id", "ASC").getMany(),
  };
}

/**
 * A cheap summary of everything `loadFeedContent` would read, in one statement for most feeds: which reservations
 * (count and sum of ids), their revisions and newest change, and two revision stamps that triggers bump with every
 * change to what events show of other rows: the catalogue's (instruments, institutions, staff) and the
 * directory's (names of companies and people). No joins, so a poll costs a scan of the feed's own reservations; and
 * counters, not `updated_at`, so two changes in the same second still tell apart. Staff feeds add their time off and consultation meetings,
 * instrument and institution feeds their maintenance windows. Any change that alters the feed changes the
 * fingerprint, so a rendered feed can be reused while it stays the same.
 */
export async function feedFingerprint(em: EntityManager, resolved: ResolvedFeed, now: number): Promise<string> {
  const spec = specOf(resolved);
  const parts: unknown[] = [
    spec.view,
    await reservationQuery(em, spec, now)
      .addSelect("COUNT(*)", "n")
      .addSelect("SUM(r.id)", "ids")
      .addSelect("SUM(r.revision)", "revisions")
      .addSelect("MAX(r.updatedAt)", "changed")
      .addSelect(`(SELECT "revision" FROM "catalogue_revision" WHERE "id" = 1)`, "catalogue")
      .addSelect(`(SELECT "revision" FROM "directory_revision" WHERE "id" = 1)`, "directory")
      .getRawOne(),
  ];
  if (spec.timeOffOf !== null) {
    parts.push(await timeOffQuery(em, spec.timeOffOf, now).select("COUNT(*)", "n").addSelect("SUM(t.id)", "ids").addSelect("MAX(t.updatedAt)", "changed").getRawOne());
    parts.push(await meetingsFingerprint(em, spec.timeOffOf, now));
  }
  if (spec.blackoutsOf !== null) {
    parts.push(
      await blackoutQuery(em, spec.blackoutsOf, now)
        .select("COUNT(*)", "n")
        .addSelect("SUM(b.id)", "ids")
        .addSelect("SUM(b.revision)", "revisions")
        .addSelect("MAX(b.updatedAt)", "changed")
        .getRawOne(),
    );
  }
  return JSON.stringify(parts);
}
