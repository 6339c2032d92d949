import { DateTime } from "luxon";
import type { Interval } from "./intervals";
import { buildDateRanges, type WeeklyHours } from "./weekly-hours";

/** New weekly hours that take over from a local date (YYYY-MM-DD, in the instrument's zone) on. */
export interface HoursChange {
  hours: WeeklyHours;
  from: string;
}

/** The instant a change takes effect: local midnight of its first day. */
export function changeStartsAt(change: HoursChange, zone: string): number {
  return DateTime.fromISO(change.from, { zone }).toMillis();
}

/**
 * Opening ranges in a window with the hours in force on each date: `current` before a scheduled change's first
 * day, the change's hours from then on (no change: `current` throughout).
 */
export function hoursInForce(
  current: WeeklyHours,
  change: HoursChange | null,
  zone: string,
  window: Interval,
  isClosed?: (isoDate: string) => boolean,
): Interval[] {
  if (!change) return buildDateRanges(current, zone, window, isClosed);
  const switchAt = changeStartsAt(change, zone);
  if (switchAt <= window.start) return buildDateRanges(change.hours, zone, window, isClosed);
  if (switchAt >= window.end) return buildDateRanges(current, zone, window, isClosed);
  return [
    ...buildDateRanges(current, zone, { start: window.start, end: switchAt }, isClosed),
    ...buildDateRanges(change.hours, zone, { start: switchAt, end: window.end }, isClosed),
  ];
}
