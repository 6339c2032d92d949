import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import type { AssistanceType, ReservationStatus, Role } from "../../shared/enums";
import type { Interval } from "../../shared/time/intervals";
import type { AssistanceStatus } from "../platform/db/entities/reservation";
import { DAY, instant, MARGIN, type CompanyFacts, type ReportReservation } from "./report-rows";
import { instantParameter } from "../platform/db/dialect";

/**
 * Reservations that lie wholly inside one local month of their institution's window (booked and recorded times both),
 * not declined by staff, counted by the database: one row per month, instrument, company, status, assistance and
 * canceller, with their number and their minutes each rounded as the report rounds them. Their month and their
 * minutes are then known without cutting anything, so the report adds them up exactly as it would one by one.
 */
export interface ReservationGroup {
  instrumentId: number;
  companyId: number;
  company: CompanyFacts;
  /** A booked start of the group: every one of them falls in the same local month. */
  startsAt: number;
  status: ReservationStatus;
  assistanceType: AssistanceType;
  assistanceStatus: AssistanceStatus;
  cancelledByRole: Role | null;
  count: number;
  plannedMinutes: number;
  /** Completed sessions with a recorded time, their minutes and their staff minutes. */
  recorded: number;
  actualMinutes: number;
  staffMinutes: number;
}

/**
 * A stretch of one institution's reservations: a local month inside its window (`months`; `whole` when it is the
 * entire local month, which the report may store, report-buckets.ts), or an edge read row by row.
 */
export interface Bucket {
  institutionId: number;
  interval: Interval;
  months: boolean;
  whole: boolean;
  /**
   * An edge read row by row: before the window (only what ends, booked or recorded, after the window's start can
   * count) or after it (only what was recorded as starting before the window's end can count).
   */
  edge?: "before" | "after";
}

/**
 * One row of the grouped read, as the database returns it and as `report_bucket_row` stores it: ids only (the
 * company's facts and the canceller's role are looked up when the report is made, so changing them needs no
 * invalidation). `lone` is 0 for a group, else the id of the one reservation read row by row; `bucket` is the
 * index of its bucket in the list the read was given.
 */
export interface GroupRow {
  bucket: number;
  lone: number;
  instrumentId: number;
  companyId: number;
  status: ReservationStatus;
  assistanceType: AssistanceType;
  assistanceStatus: AssistanceStatus;
  cancelledById: number | null;
  count: number;
  startsAt: number;
  /** Null for a group read back from storage (`report-buckets.ts` reads a group's own times no further than its start). */
  endsAt: number | null;
  actualStartAt: number | null;
  actualEndAt: number | null;
  staffMinutesOne: number | null;
  plannedMinutes: number;
  recorded: number;
  actualMinutes: number;
  staffMinutes: number;
}

const DECLINED = `EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'reservation' AND e.entity_id = r.id AND e.action = 'reservation.assistance_declined')`;

function sql(postgres: boolean, buckets: number): string {
  const p = (n: number) => (postgres ? `$${n}` : "?");
  const values = Array.from({ length: buckets }, (_, b) =>
    postgres ? `(${b}, ${p(4 * b + 1)}::int, ${p(4 * b + 2)}::int, ${p(4 * b + 3)}::timestamptz, ${p(4 * b + 4)}::timestamptz)` : `(${b}, ?, ?, ?, ?)`,
  ).join(", ");
  // PostgreSQL: one index range per bucket (a LATERAL subquery kept apart by OFFSET 0), not a hash join over a
  // scan of the whole table; SQLite searches (institution_id, starts_at) per bucket as it is.
  const span = `${p(4 * buckets + 1)}::timestamptz AND r.starts_at < ${p(4 * buckets + 2)}::timestamptz`;
  const minutes = (from: string, to: string) =>
    postgres ? `ROUND(EXTRACT(EPOCH FROM (${to} - ${from})) / 60)` : `ROUND(ROUND((julianday(${to}) - julianday(${from})) * 86400000) / 60000.0)`;
  const whole = `m.months = 1 AND r.ends_at <= m.e AND r.ends_at > r.starts_at AND (r.actual_start_at IS NULL OR r.actual_end_at IS NULL OR (r.actual_start_at >= m.s AND r.actual_end_at <= m.e))
    AND (r.assistance_type = 'none' OR NOT ${DECLINED})`;
  // Edges: leave out what cannot reach into the window (it would count nothing): a booking before the window
  // counts only minutes after the window's start, one after it only recorded minutes before the window's end.
  const reach = `(m.months <> 0 OR r.ends_at > m.e OR r.actual_end_at > m.e) AND (m.months <> 2 OR r.actual_start_at < m.s)`;
  const recorded = `x.status = 'completed' AND x.actual_start_at IS NOT NULL AND x.actual_end_at > x.actual_start_at`;
  return `WITH m (b, institution_id, months, s, e) AS (VALUES ${values}),
    x AS (SELECT r.*, CASE WHEN ${whole} THEN 0 ELSE r.id END AS lone, m.b AS bucket
          FROM ${postgres ? `m CROSS JOIN LATERAL (SELECT * FROM reservation r WHERE r.institution_id = m.institution_id AND r.starts_at >= m.s AND r.starts_at < m.e
            AND r.starts_at >= ${span} AND ${reach} OFFSET 0) r` : `m INNER JOIN reservation r ON r.institution_id = m.institution_id AND r.starts_at >= m.s AND r.starts_at < m.e AND ${reach}`})
    SELECT x.bucket, x.lone, MIN(x.id) AS id, x.instrument_id, x.company_id, x.status, x.assistance_type, x.assistance_status, x.cancelled_by_id,
      COUNT(*) AS n, MIN(x.starts_at) AS starts_at, MIN(x.ends_at) AS ends_at,
      MIN(x.actual_start_at) AS actual_start_at, MIN(x.actual_end_at) AS actual_end_at, MIN(x.staff_minutes) AS staff_minutes_one,
      SUM(${minutes("x.starts_at", "x.ends_at")}) AS planned_minutes,
      SUM(CASE WHEN ${recorded} THEN 1 ELSE 0 END) AS recorded,
      SUM(CASE WHEN ${recorded} THEN ${minutes("x.actual_start_at", "x.actual_end_at")} ELSE 0 END) AS actual_minutes,
      SUM(CASE WHEN ${recorded} THEN COALESCE(x.staff_minutes, 0) ELSE 0 END) AS staff_minutes
    FROM x
    GROUP BY x.bucket, x.lone, x.instrument_id, x.company_id, x.status, x.assistance_type, x.assistance_status, x.cancelled_by_id`;
}


/** The statement and its parameters (also for the benchmark's plans). */
export function reservationGroupsQuery(postgres: boolean, buckets: Bucket[]): { sql: string; parameters: unknown[] } {
  const at = (ms: number) => instantParameter(postgres, ms);
  const from = Math.min(...buckets.map((b) => b.interval.start));
  const to = Math.max(...buckets.map((b) => b.interval.end));
  return {
    sql: sql(postgres, buckets.length),
    parameters: [...buckets.flatMap((b) => [b.institutionId, b.months ? 1 : b.edge === "after" ? 2 : 0, at(b.interval.start), at(b.interval.end)]), ...(postgres ? [at(from), at(to)] : [])],
  };
}

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** A row of the grouped read or of `report_bucket_row` (the same columns; `n` or `count`). */
export function groupRowOf(row: Record<string, unknown>, bucket: number): GroupRow {
  return {
    bucket,
    lone: Number(row.lone),
    instrumentId: Number(row.instrument_id),
    companyId: Number(row.company_id),
    status: row.status as ReservationStatus,
    assistanceType: row.assistance_type as AssistanceType,
    assistanceStatus: row.assistance_status as AssistanceStatus,
    cancelledById: numberOrNull(row.cancelled_by_id),
    count: Number(row.n === undefined ? row.count : row.n),
    startsAt: instant(row.starts_at as string)!,
    endsAt: instant(row.ends_at as string | null),
    actualStartAt: instant(row.actual_start_at as string | null),
    actualEndAt: instant(row.actual_end_at as string | null),
    staffMinutesOne: numberOrNull(row.staff_minutes_one),
    plannedMinutes: Number(row.planned_minutes),
    recorded: Number(row.recorded),
    actualMinutes: Number(row.actual_minutes),
    staffMinutes: Number(row.staff_minutes),
  };
}

/** The reservations starting in the buckets, read now: whole-month ones as groups, the rest one by one (`lone`). */
export async function readGroupRows(em: EntityManager, buckets: Bucket[]): Promise<GroupRow[]> {
  if (buckets.length === 0) return [];
  const query = reservationGroupsQuery(em.connection.driver.options.type === "postgres", buckets);
  const rows: Array<Record<string, unknown>> = await em.query(query.sql, query.parameters);
  return rows.map((row) => groupRowOf(row, Number(row.bucket)));
}

/** Group rows as the report counts them, with each company's facts and each canceller's role as they are now. */
export function toReportRows(rows: GroupRow[], facts: Map<number, CompanyFacts>, roles: Map<number, Role>): { groups: ReservationGroup[]; lone: ReportReservation[] } {
  const groups: ReservationGroup[] = [];
  const lone: ReportReservation[] = [];
  // Plain literals of one shape each (no spreads): tens of thousands of rows per report.
  for (const row of rows) {
    const company = facts.get(row.companyId);
    if (company === undefined) continue;
    const cancelledByRole = row.cancelledById === null ? null : (roles.get(row.cancelledById) ?? null);
    if (row.lone === 0) {
      groups.push({
        instrumentId: row.instrumentId, companyId: row.companyId, company, startsAt: row.startsAt, status: row.status,
        assistanceType: row.assistanceType, assistanceStatus: row.assistanceStatus, cancelledByRole,
        count: row.count, plannedMinutes: row.plannedMinutes, recorded: row.recorded, actualMinutes: row.actualMinutes, staffMinutes: row.staffMinutes,
      });
    } else {
      lone.push({
        id: row.lone, instrumentId: row.instrumentId, companyId: row.companyId, company, startsAt: row.startsAt, endsAt: row.endsAt!,
        actualStartAt: row.actualStartAt, actualEndAt: row.actualEndAt, status: row.status, assistanceType: row.assistanceType,
        assistanceStatus: row.assistanceStatus, staffMinutes: row.staffMinutesOne, cancelledByRole,
      });
    }
  }
  return { groups, lone };
}

/**
 * Every institution's stretch of the span the report reads (`span`: the union of the windows), cut into its local
 * months inside its own window; what starts before or after its window is read row by row (it may still reach in).
 */
export function bucketsOf(windows: Map<number, Interval>, zoneOf: (institutionId: number) => string, span: Interval): Bucket[] {
  const buckets: Bucket[] = [];
  for (const [institutionId, window] of windows) {
    buckets.push({ institutionId, interval: { start: span.start - MARGIN, end: window.start }, months: false, whole: false, edge: "before" });
    let month = DateTime.fromMillis(window.start, { zone: zoneOf(institutionId) }).startOf("month");
    while (month.toMillis() < window.end) {
      const next = month.plus({ months: 1 });
      const interval = { start: Math.max(month.toMillis(), window.start), end: Math.min(next.toMillis(), window.end) };
      buckets.push({ institutionId, interval, months: true, whole: interval.start === month.toMillis() && interval.end === next.toMillis() });
      month = next;
    }
    buckets.push({ institutionId, interval: { start: window.end, end: span.end + DAY }, months: false, whole: false, edge: "after" });
  }
  return buckets.filter((b) => b.interval.end > b.interval.start);
}
