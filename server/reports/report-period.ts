import { DateTime } from "luxon";
import type { ReportGroup, ReportPeriod } from "../../shared/schemas/reports";
import type { Interval } from "../../shared/time/intervals";
import { fiscalYearOf } from "../../shared/time/fiscal-year";

/** The zone the programme's own calendar (the current fiscal year, month labels) is read in. */
export const PROGRAMME_ZONE = "Asia/Tokyo";

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

/**
 * What a period is compared with: the same period a year before; for the fiscal year in progress, last fiscal year
 * up to the same date (this year so far against last year so far, not against a whole year).
 */
export function comparisonPeriod(period: ReportPeriod, now: number): ReportPeriod {
  const before = previousPeriod(period);
  const today = DateTime.fromMillis(now, { zone: PROGRAMME_ZONE }).toISODate()!;
  if (period.fiscalYear === null || today < period.from || today > period.to) return before;
  return { from: before.from, to: DateTime.fromISO(today).minus({ years: 1 }).toISODate()!, fiscalYear: null };
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

const MONTH_MARGIN = 32 * 86_400_000;

/**
 * Local month boundaries of one zone over a span, worked out once (zone offsets come from Intl and are slow):
 * intervals are then cut and instants keyed by arithmetic alone.
 */
export class MonthCuts {
  private readonly zones = new Map<string, { starts: number[]; keys: string[] }>();

  constructor(private readonly span: Interval, private readonly group: "month" | "quarter") {}

  private of(zone: string) {
    let cuts = this.zones.get(zone);
    if (!cuts) {
      cuts = { starts: [], keys: [] };
      let month = DateTime.fromMillis(this.span.start - MONTH_MARGIN, { zone }).startOf("month");
      while (month.toMillis() < this.span.end + MONTH_MARGIN) {
        cuts.starts.push(month.toMillis());
        cuts.keys.push(timeKey(month, this.group));
        month = month.plus({ months: 1 });
      }
      this.zones.set(zone, cuts);
    }
    return cuts;
  }

  /** The index of the month an instant falls in (the last boundary at or before it). */
  private indexAt(starts: number[], instant: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= instant) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The interval's minutes in each month (or quarter), in `zone`. */
  split(interval: Interval, zone: string): Array<{ key: string; minutes: number }> {
    const { starts, keys } = this.of(zone);
    const pieces: Array<{ key: string; minutes: number }> = [];
    for (let i = this.indexAt(starts, interval.start); i < starts.length && starts[i] < interval.end; i++) {
      const start = Math.max(interval.start, starts[i]);
      const end = Math.min(interval.end, starts[i + 1] ?? Infinity);
      if (end > start) pieces.push({ key: keys[i], minutes: (end - start) / 60_000 });
    }
    return pieces;
  }

  keyAt(instant: number, zone: string): string {
    const { starts, keys } = this.of(zone);
    return keys[this.indexAt(starts, instant)];
  }
}
