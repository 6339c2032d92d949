import { DateTime } from "luxon";
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

/** Local calendar dates ("yyyy-MM-dd") touching the window, in `zone`. */
export function localDatesIn(window: Interval, zone: string): string[] {
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
