import type { EntityManager } from "typeorm";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import { LIMITS } from "../../shared/limits";
import { qualificationValidAtSql } from "../../shared/rules/qualification-validity";
import { Reservation } from "../platform/db/entities";
import { bindNamed } from "../platform/db/named-parameters";
import { preparedQuery } from "../platform/db/prepared-query";

export interface CalendarRowsQuery {
  institutionId: number;
  instrumentId: number;
  /** Local dates (YYYY-MM-DD) whose closures matter; none when the window covers no date. */
  dates: { first: string; last: string } | null;
  from: Date;
  to: Date;
  /** Lower bound on `starts_at` of a reservation that can still overlap `from` (keeps the index range tight). */
  earliest: Date;
  excludeReservationId?: number;
  /** Also asks whether this user holds a valid self-use qualification for the instrument at `at`. */
  qualificationOf?: { userId: number; at: Date };
  /** Also reads the catalogue revision, to check in the same statement that a cached instrument is still current. */
  withCatalogueRevision?: boolean;
  /** Also reads the time off, active assignments and proposed meetings of everyone who staffs the instrument (active or not). */
  withStaffBusy?: boolean;
}

export interface CalendarRows {
  closureDates: string[];
  blackouts: Array<{ startsAt: Date; endsAt: Date }>;
  reservations: Array<{ startsAt: Date; endsAt: Date }>;
  /** Whether `qualificationOf` holds a qualification valid then (`domain/qualification-validity`; false when not asked). */
  qualified: boolean;
  /** The catalogue revision as this statement saw it (`withCatalogueRevision`), else null. */
  catalogueRevision: number | null;
  /** Time off, active assignments and proposed consultation meetings of the instrument's staff (`withStaffBusy`), else empty. */
  staffBusy: Array<{ staffMemberId: number; startsAt: Date; endsAt: Date }>;
}

const VALID_QUALIFICATION = qualificationValidAtSql("q", "qualifiedAt");
/** Who staffs the instrument, for the staff branches (their own indexes, by staff member and start). */
const STAFF_OF_INSTRUMENT = `SELECT "staff_member_id" FROM "staff_instrument" WHERE "instrument_id" = :instrumentId`;
/** The active statuses as SQL literals (constants of ours, never input): the statement's text stays the same, so its positions are worked out once. */
const ACTIVE_STATUSES = ACTIVE_RESERVATION_STATUSES.map((status) => `'${status}'`).join(", ");

/**
 * An instrument's closure days, blackouts and active reservations over a window (and, for a self-use booking,
 * the booker's qualification; on a cached instrument, the catalogue revision; when staff matter, their time off
 * and assignments), in one round trip instead of three or four: bookings and availability read them
 * every time. Each branch uses the same index as its own query
 * did (see `npm run bench:plans`). Dates go through the driver both ways, so SQLite's text instants and
 * PostgreSQL's timestamptz come back as the same `Date`s an entity would hold.
 */
export async function loadCalendarRows(em: EntityManager, q: CalendarRowsQuery): Promise<CalendarRows> {
  const driver = em.connection.driver;
  const sql = [
    q.dates
      ? `SELECT 'c' AS "kind", "date" AS "day", NULL AS "starts_at", NULL AS "ends_at" FROM "institution_closure"
         WHERE "institution_id" = :institutionId AND "date" BETWEEN :first AND :last`
      : null,
    `SELECT 'b' AS "kind", NULL AS "day", "starts_at", "ends_at" FROM "blackout"
     WHERE "institution_id" = :institutionId AND ("instrument_id" IS NULL OR "instrument_id" = :instrumentId) AND "starts_at" < :to AND "ends_at" > :from`,
    `SELECT 'r' AS "kind", NULL AS "day", "starts_at", "ends_at" FROM "reservation"
     WHERE "instrument_id" = :instrumentId AND "starts_at" >= :earliest AND "starts_at" < :to AND "ends_at" > :from AND "status" IN (${ACTIVE_STATUSES})` +
      (q.excludeReservationId ? ` AND "id" <> :exclude` : ""),
    q.qualificationOf
      ? `SELECT 'q' AS "kind", NULL AS "day", NULL AS "starts_at", NULL AS "ends_at" FROM "qualification" "q"
         WHERE "q"."user_id" = :qualifiedUserId AND "q"."instrument_id" = :instrumentId AND ${VALID_QUALIFICATION}`
      : null,
    q.withCatalogueRevision
      ? `SELECT 'v' AS "kind", CAST("revision" AS VARCHAR(20)) AS "day", NULL AS "starts_at", NULL AS "ends_at" FROM "catalogue_revision" WHERE "id" = 1`
      : null,
    ...(q.withStaffBusy
      ? [
          `SELECT 't' AS "kind", CAST("staff_member_id" AS VARCHAR(20)) AS "day", "starts_at", "ends_at" FROM "staff_time_off"
           WHERE "staff_member_id" IN (${STAFF_OF_INSTRUMENT}) AND "starts_at" < :to AND "ends_at" > :from`,
          `SELECT 'a' AS "kind", CAST("assigned_staff_id" AS VARCHAR(20)) AS "day", "starts_at", "ends_at" FROM "reservation"
           WHERE "assigned_staff_id" IN (${STAFF_OF_INSTRUMENT}) AND "starts_at" >= :earliest AND "starts_at" < :to AND "ends_at" > :from
           AND "status" IN (${ACTIVE_STATUSES})` + (q.excludeReservationId ? ` AND "id" <> :exclude` : ""),
          // Calls and visits staff proposed on consultations block their time like an assignment (at most 8 hours long).
          `SELECT 'm' AS "kind", CAST("staff_member_id" AS VARCHAR(20)) AS "day", "starts_at", "ends_at" FROM "consultation_meeting"
           WHERE "staff_member_id" IN (${STAFF_OF_INSTRUMENT}) AND "starts_at" >= :earliestMeeting AND "starts_at" < :to AND "ends_at" > :from
           AND "status" = 'proposed'`,
        ]
      : []),
  ]
    .filter((part): part is string => part !== null)
    .join(" UNION ALL ");
  const [query, parameters] = bindNamed(
    driver,
    sql,
    {
      institutionId: q.institutionId, instrumentId: q.instrumentId, first: q.dates?.first, last: q.dates?.last,
      from: q.from, to: q.to, earliest: q.earliest, earliestMeeting: new Date(q.from.getTime() - LIMITS.consultationMeetingMaxMinutes * 60_000),
      exclude: q.excludeReservationId,
      qualifiedUserId: q.qualificationOf?.userId, qualifiedAt: q.qualificationOf?.at,
    },
  );
  const raw = await preparedQuery<{ kind: "c" | "b" | "r" | "q" | "v" | "t" | "a" | "m"; day: string | null; starts_at: unknown; ends_at: unknown }>(em, query, parameters);
  const interval = hydrateInterval(em);
  return {
    closureDates: raw.filter((row) => row.kind === "c").map((row) => row.day!),
    blackouts: raw.filter((row) => row.kind === "b").map(interval),
    reservations: raw.filter((row) => row.kind === "r").map(interval),
    qualified: raw.some((row) => row.kind === "q"),
    catalogueRevision: q.withCatalogueRevision ? Number(raw.find((row) => row.kind === "v")!.day) : null,
    staffBusy: raw.filter((row) => row.kind === "t" || row.kind === "a" || row.kind === "m").map((row) => ({ staffMemberId: Number(row.day), ...interval(row) })),
  };
}

/** Turns raw `starts_at`/`ends_at` into the `Date`s the entity columns would hold, on either database. */
function hydrateInterval(em: EntityManager): (row: { starts_at: unknown; ends_at: unknown }) => { startsAt: Date; endsAt: Date } {
  const driver = em.connection.driver;
  const columns = em.connection.getMetadata(Reservation);
  const startsAt = columns.findColumnWithPropertyName("startsAt")!;
  const endsAt = columns.findColumnWithPropertyName("endsAt")!;
  return (row) => ({
    startsAt: driver.prepareHydratedValue(row.starts_at, startsAt) as Date,
    endsAt: driver.prepareHydratedValue(row.ends_at, endsAt) as Date,
  });
}
