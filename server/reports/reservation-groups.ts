import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import type { AssistanceType, ReservationStatus, Role } from "../../shared/enums";
import type { Interval } from "../../shared/time/intervals";
import type { AssistanceStatus } from "../platform/db/entities/reservation";
import { DAY, instant, MARGIN, type CompanyFacts, type ReportReservation } from "./report-rows";

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

/** A stretch of one institution's reservations: a whole local month inside its window (`months`), or an edge read row by row. */
export interface Bucket {
  institutionId: number;
  interval: Interval;
  months: boolean;
}

const DECLINED = `EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'reservation' AND e.entity_id = r.id AND e.action = 'reservation.assistance_declined')`;

function sql(postgres: boolean, buckets: number): string {
  const p = (n: number) => (postgres ? `$${n}` : "?");
  const values = Array.from({ length: buckets }, (_, b) =>
    postgres ? `(${p(4 * b + 1)}::int, ${p(4 * b + 2)}::int, ${p(4 * b + 3)}::timestamptz, ${p(4 * b + 4)}::timestamptz)` : "(?, ?, ?, ?)",
  ).join(", ");
  const minutes = (from: string, to: string) =>
    postgres ? `ROUND(EXTRACT(EPOCH FROM (${to} - ${from})) / 60)` : `ROUND(ROUND((julianday(${to}) - julianday(${from})) * 86400000) / 60000.0)`;
  const whole = `m.months = 1 AND r.ends_at <= m.e AND r.ends_at > r.starts_at AND (r.actual_start_at IS NULL OR r.actual_end_at IS NULL OR (r.actual_start_at >= m.s AND r.actual_end_at <= m.e))
    AND (r.assistance_type = 'none' OR NOT ${DECLINED})`;
  const recorded = `r.status = 'completed' AND r.actual_start_at IS NOT NULL AND r.actual_end_at > r.actual_start_at`;
  return `WITH m (institution_id, months, s, e) AS (VALUES ${values}),
    x AS (SELECT r.*, CASE WHEN ${whole} THEN 0 ELSE r.id END AS lone, m.s AS bucket
          FROM m INNER JOIN reservation r ON r.institution_id = m.institution_id AND r.starts_at >= m.s AND r.starts_at < m.e)
    SELECT x.lone, MIN(x.id) AS id, x.instrument_id, x.company_id, x.status, x.assistance_type, x.assistance_status, canceller.role AS cancelled_by_role,
      c.customer_type, c.prefecture, COUNT(*) AS n, MIN(x.starts_at) AS starts_at, MIN(x.ends_at) AS ends_at,
      MIN(x.actual_start_at) AS actual_start_at, MIN(x.actual_end_at) AS actual_end_at, MIN(x.staff_minutes) AS staff_minutes_one,
      SUM(${minutes("x.starts_at", "x.ends_at")}) AS planned_minutes,
      SUM(CASE WHEN ${recorded.replaceAll("r.", "x.")} THEN 1 ELSE 0 END) AS recorded,
      SUM(CASE WHEN ${recorded.replaceAll("r.", "x.")} THEN ${minutes("x.actual_start_at", "x.actual_end_at")} ELSE 0 END) AS actual_minutes,
      SUM(CASE WHEN ${recorded.replaceAll("r.", "x.")} THEN COALESCE(x.staff_minutes, 0) ELSE 0 END) AS staff_minutes
    FROM x INNER JOIN company c ON c.id = x.company_id LEFT JOIN app_user canceller ON canceller.id = x.cancelled_by_id
    GROUP BY x.lone, x.bucket, x.instrument_id, x.company_id, x.status, x.assistance_type, x.assistance_status, canceller.role, c.customer_type, c.prefecture`;
}

const sqliteInstant = (ms: number) => new Date(ms).toISOString().replace("T", " ").replace("Z", "");

/** The statement and its parameters (also for the benchmark's plans). */
export function reservationGroupsQuery(postgres: boolean, buckets: Bucket[]): { sql: string; parameters: unknown[] } {
  const at = (ms: number) => (postgres ? new Date(ms) : sqliteInstant(ms));
  return { sql: sql(postgres, buckets.length), parameters: buckets.flatMap((b) => [b.institutionId, b.months ? 1 : 0, at(b.interval.start), at(b.interval.end)]) };
}

/** The reservations starting in the buckets: whole-month ones as groups, the rest one by one. */
export async function loadReservationGroups(em: EntityManager, buckets: Bucket[]): Promise<{ groups: ReservationGroup[]; lone: ReportReservation[] }> {
  if (buckets.length === 0) return { groups: [], lone: [] };
  const query = reservationGroupsQuery(em.connection.driver.options.type === "postgres", buckets);
  const rows: Array<Record<string, unknown>> = await em.query(query.sql, query.parameters);
  const groups: ReservationGroup[] = [];
  const lone: ReportReservation[] = [];
  for (const row of rows) {
    const common = {
      instrumentId: Number(row.instrument_id),
      companyId: Number(row.company_id),
      company: { customerType: row.customer_type, prefecture: row.prefecture ?? null } as CompanyFacts,
      startsAt: instant(row.starts_at as string)!,
      status: row.status as ReservationStatus,
      assistanceType: row.assistance_type as AssistanceType,
      assistanceStatus: row.assistance_status as AssistanceStatus,
      cancelledByRole: (row.cancelled_by_role ?? null) as Role | null,
    };
    if (Number(row.lone) === 0) {
      groups.push({ ...common, count: Number(row.n), plannedMinutes: Number(row.planned_minutes), recorded: Number(row.recorded),
        actualMinutes: Number(row.actual_minutes), staffMinutes: Number(row.staff_minutes) });
    } else {
      lone.push({ ...common, id: Number(row.id), endsAt: instant(row.ends_at as string)!, actualStartAt: instant(row.actual_start_at as string | null),
        actualEndAt: instant(row.actual_end_at as string | null), staffMinutes: row.staff_minutes_one === null ? null : Number(row.staff_minutes_one) });
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
    buckets.push({ institutionId, interval: { start: span.start - MARGIN, end: window.start }, months: false });
    let month = DateTime.fromMillis(window.start, { zone: zoneOf(institutionId) }).startOf("month");
    while (month.toMillis() < window.end) {
      const next = month.plus({ months: 1 });
      buckets.push({ institutionId, interval: { start: Math.max(month.toMillis(), window.start), end: Math.min(next.toMillis(), window.end) }, months: true });
      month = next;
    }
    buckets.push({ institutionId, interval: { start: window.end, end: span.end + DAY }, months: false });
  }
  return buckets.filter((b) => b.interval.end > b.interval.start);
}
