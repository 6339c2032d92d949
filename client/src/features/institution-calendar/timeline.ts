import { DateTime } from "luxon";
import type { Blackout, Reservation } from "../../../../shared";

export type View = "day" | "week";
export type BarKind = "booking" | "pending" | "maintenance" | "closure";

/** Something on an instrument's row (or on every row when instrumentId is null) between two instants. */
export interface Bar {
  id: string;
  instrumentId: number | null;
  start: number;
  end: number;
  kind: BarKind;
  label: string;
  reservationId?: number;
}

export interface TimelineRange {
  start: number;
  end: number;
  /** Column headings: hours of the day, or the days of the week, each with where it starts (0–1). */
  ticks: Array<{ key: string; at: number; label: string }>;
}

/** The day or the Monday-to-Sunday week around `date` (yyyy-MM-dd) in the institution's zone. */
export function rangeOf(date: string, view: View, zone: string, locale: string): TimelineRange {
  const anchor = DateTime.fromISO(date, { zone }).startOf("day");
  const first = view === "day" ? anchor : anchor.minus({ days: anchor.weekday - 1 });
  const last = first.plus({ days: view === "day" ? 1 : 7 });
  const start = first.toMillis();
  const end = last.toMillis();
  const ticks = [];
  const step = view === "day" ? { hours: 3 } : { days: 1 };
  for (let tick = first; tick < last; tick = tick.plus(step)) {
    ticks.push({
      key: tick.toISO()!,
      at: (tick.toMillis() - start) / (end - start),
      label: view === "day" ? tick.toFormat("HH:mm") : tick.setLocale(locale).toFormat(locale === "ja" ? "M/d (ccc)" : "ccc d MMM"),
    });
  }
  return { start, end, ticks };
}

/** Where a bar sits on the row, as fractions of the range; null when it is outside. */
export function placeBar(bar: Pick<Bar, "start" | "end">, range: Pick<TimelineRange, "start" | "end">): { left: number; width: number } | null {
  const start = Math.max(bar.start, range.start);
  const end = Math.min(bar.end, range.end);
  if (end <= start) return null;
  const length = range.end - range.start;
  return { left: (start - range.start) / length, width: (end - start) / length };
}

const SHOWN = new Set(["pending", "confirmed", "completed", "no_show"]);

/** Bookings (not cancelled or rejected), blackouts and closure days as bars. */
export function barsOf(reservations: Reservation[], blackouts: Blackout[], closures: Array<{ id: number; date: string; reason: string }>, zone: string): Bar[] {
  return [
    ...reservations.filter((r) => SHOWN.has(r.status)).map((r): Bar => ({
      id: `r${r.id}`, instrumentId: r.instrumentId, start: Date.parse(r.start), end: Date.parse(r.end),
      kind: r.status === "pending" ? "pending" : "booking", label: r.company.name, reservationId: r.id,
    })),
    ...blackouts.map((b): Bar => ({ id: `b${b.id}`, instrumentId: b.instrumentId, start: Date.parse(b.start), end: Date.parse(b.end), kind: b.kind, label: b.reason })),
    ...closures.map((c): Bar => {
      const day = DateTime.fromISO(c.date, { zone });
      return { id: `c${c.id}`, instrumentId: null, start: day.toMillis(), end: day.plus({ days: 1 }).toMillis(), kind: "closure", label: c.reason };
    }),
  ];
}
