import { DateTime } from "luxon";
import type { ReportGroup, ReportPeriod } from "../../shared/schemas/reports";
import type { Interval } from "../../shared/time/intervals";

/** The zone the programme's own calendar (the current fiscal year, month labels) is read in. */
export const PROGRAMME_ZONE = "Asia/Tokyo";

/** The fiscal year a local date falls in: April to March, named by the year it starts in (2026年度 = 2026-04 to 2027-03). */
export function fiscalYearOf(isoDate: string): number {
  const [year, month] = isoDate.split("-").map(Number);
  return month >= 4 ? year : year - 1;
}

export function fiscalYearPeriod(fiscalYear: number): ReportPeriod {
  return { from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31`, fiscalYear };
}

/** The period a query asks for: a fiscal year, a custom range, or the fiscal year in progress. */
export function resolvePeriod(query: { fiscalYear?: number; from?: string; to?: string }, now: number): ReportPeriod {
  if (query.from && query.to) return { from: query.from, to: query.to, fiscalYear: null };
  const today = DateTime.fromMillis(now, { zone: PROGRAMME_ZONE }).toISODate()!;
  return fiscalYearPeriod(query.fiscalYear ?? fiscalYearOf(today));
}

/** The same period a year earlier (29 February falls back to the 28th). */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (period.fiscalYear !== null) return fiscalYearPeriod(period.fiscalYear - 1);
  const back = (date: string) => DateTime.fromISO(date).minus({ years: 1 }).toISODate()!;
  return { from: back(period.from), to: back(period.to), fiscalYear: null };
}

/** The period as instants in one zone: from local midnight of `from` to local midnight after `to`. */
export function windowIn(period: ReportPeriod, zone: string): Interval {
  return {
    start: DateTime.fromISO(period.from, { zone }).toMillis(),
    end: DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).toMillis(),
  };
}

const isTimeGroup = (group: ReportGroup): group is "month" | "quarter" => group === "month" || group === "quarter";
export { isTimeGroup };

/** The month or fiscal quarter key of a local month ("2026-04", or "2026-Q1" for April to June of 2026年度). */
export function timeKey(month: DateTime, group: "month" | "quarter"): string {
  if (group === "month") return month.toFormat("yyyy-MM");
  const fiscalYear = month.month >= 4 ? month.year : month.year - 1;
  return `${fiscalYear}-Q${Math.floor(((month.month + 8) % 12) / 3) + 1}`;
}

/** The months or quarters of a period, in order. */
export function timeKeysOf(period: ReportPeriod, group: "month" | "quarter"): string[] {
  const keys: string[] = [];
  const last = DateTime.fromISO(period.to).startOf("month");
  for (let month = DateTime.fromISO(period.from).startOf("month"); month <= last; month = month.plus({ months: 1 })) {
    const key = timeKey(month, group);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

/** An interval cut at local month boundaries in `zone`, each piece with its month or quarter key. */
export function splitByMonth(interval: Interval, zone: string, group: "month" | "quarter"): Array<{ key: string; minutes: number }> {
  const pieces: Array<{ key: string; minutes: number }> = [];
  let month = DateTime.fromMillis(interval.start, { zone }).startOf("month");
  while (month.toMillis() < interval.end) {
    const next = month.plus({ months: 1 });
    const start = Math.max(interval.start, month.toMillis());
    const end = Math.min(interval.end, next.toMillis());
    if (end > start) pieces.push({ key: timeKey(month, group), minutes: (end - start) / 60_000 });
    month = next;
  }
  return pieces;
}

/** The month or quarter key of an instant in `zone`. */
export function timeKeyAt(instant: number, zone: string, group: "month" | "quarter"): string {
  return timeKey(DateTime.fromMillis(instant, { zone }).startOf("month"), group);
}
