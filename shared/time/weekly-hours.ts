import { DateTime } from "luxon";
import { sameOffsetAtBothEnds } from "./zone-offset";
import { WEEKDAYS, type Weekday } from "../enums";
import { normalize, clamp, type Interval } from "./intervals";

/** A time of day, "HH:mm" in 24-hour form; "24:00" is allowed as an end meaning the next midnight. */
export type TimeOfDay = string;
export interface DailyWindow {
  start: TimeOfDay;
  end: TimeOfDay;
}
/** Weekly pattern of opening or working hours, in the local time of some zone. */
export type WeeklyHours = Partial<Record<Weekday, DailyWindow[]>>;

export function minutesOfDay(time: TimeOfDay): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

export function weekdayOf(date: DateTime): Weekday {
  return WEEKDAYS[date.weekday - 1];
}

const DAY = 86_400_000;
/** Longest window for the fixed-offset shortcut: far shorter than the gap between two offset changes anywhere. */
const FIXED_OFFSET_MAX_WINDOW = 14 * DAY;

/**
 * The zone's UTC offset (ms) when it is the same at both ends of a window of at most two weeks (so it is the same
 * throughout), else null. Zone lookups are the costly part of calendar work; with one offset, days are plain
 * arithmetic. Callers fall back to Luxon's wall-clock arithmetic otherwise (DST changes).
 */
function fixedOffset(window: Interval, zone: string): number | null {
  return window.end - window.start > FIXED_OFFSET_MAX_WINDOW ? null : sameOffsetAtBothEnds(window, zone);
}

/** Local midnights (as UTC-based "local epoch" ms) of the days touching the window, for a fixed offset. */
function localMidnights(window: Interval, offset: number): number[] {
  const days: number[] = [];
  for (let day = Math.floor((window.start + offset) / DAY) * DAY; day - offset < window.end; day += DAY) days.push(day);
  return days;
}

const isoDateOf = (localMidnight: number) => new Date(localMidnight).toISOString().slice(0, 10);

/** Local calendar dates ("yyyy-MM-dd") touching the window, in `zone`. */
export function localDatesIn(window: Interval, zone: string): string[] {
  const offset = fixedOffset(window, zone);
  if (offset !== null) return localMidnights(window, offset).map(isoDateOf);
  const dates: string[] = [];
  let day = DateTime.fromMillis(window.start, { zone }).startOf("day");
  const last = DateTime.fromMillis(window.end, { zone });
  while (day < last) {
    dates.push(day.toISODate()!);
    day = day.plus({ days: 1 });
  }
  return dates;
}

/**
 * Expands a weekly pattern into concrete UTC intervals over `window`, skipping closed local dates.
 * Wall-clock times are interpreted in `zone`, so hours stay at 09:00 local across DST changes.
 */
export function buildDateRanges(
  weekly: WeeklyHours,
  zone: string,
  window: Interval,
  isClosed: (isoDate: string) => boolean = () => false,
): Interval[] {
  const ranges: Interval[] = [];
  const offset = fixedOffset(window, zone);
  if (offset !== null) {
    for (const midnight of localMidnights(window, offset)) {
      if (isClosed(isoDateOf(midnight))) continue;
      // getUTCDay of a local midnight is the local weekday: 0 = Sunday, WEEKDAYS starts on Monday.
      for (const daily of weekly[WEEKDAYS[(new Date(midnight).getUTCDay() + 6) % 7]] ?? []) {
        ranges.push({ start: midnight - offset + minutesOfDay(daily.start) * 60_000, end: midnight - offset + minutesOfDay(daily.end) * 60_000 });
      }
    }
    return clamp(normalize(ranges), window);
  }
  for (const isoDate of localDatesIn(window, zone)) {
    if (isClosed(isoDate)) continue;
    const day = DateTime.fromISO(isoDate, { zone });
    for (const daily of weekly[weekdayOf(day)] ?? []) {
      ranges.push({ start: wallClock(day, daily.start), end: wallClock(day, daily.end) });
    }
  }
  return clamp(normalize(ranges), window);
}

function wallClock(day: DateTime, time: TimeOfDay): number {
  const minutes = minutesOfDay(time);
  if (minutes >= 1440) return day.plus({ days: 1 }).toMillis();
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}
