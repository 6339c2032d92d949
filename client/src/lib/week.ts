import { DateTime } from "luxon";
import { WEEKDAYS, minutesOfDay, type Instrument } from "../../../shared";

/** Monday 00:00 of the week containing `at`, in `zone`, as an ISO date ("2027-06-07"). */
export function weekStartOf(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).startOf("week").toISODate()!;
}

/** Monday of the week containing a calendar date ("2027-06-09" → "2027-06-07"); null for anything else. */
export function weekContaining(isoDate: string | null): string | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const date = DateTime.fromISO(isoDate);
  return date.isValid ? date.startOf("week").toISODate() : null;
}

export function shiftWeek(weekStart: string, weeks: number): string {
  return DateTime.fromISO(weekStart).plus({ weeks }).toISODate()!;
}

/** The week's bounds as instants with the zone's offset, as the availability endpoint takes them. */
export function weekRange(weekStart: string, zone: string): { from: string; to: string } {
  const start = DateTime.fromISO(weekStart, { zone }).startOf("day");
  return { from: start.toISO()!, to: start.plus({ weeks: 1 }).toISO()! };
}

const toTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00`;

/** The span of the day the calendar shows: from the earliest opening to the latest closing of the week. */
export function visibleHours(openingHours: Instrument["openingHours"]): { slotMinTime: string; slotMaxTime: string } {
  const windows = WEEKDAYS.flatMap((day) => openingHours[day] ?? []);
  if (windows.length === 0) return { slotMinTime: "08:00:00", slotMaxTime: "18:00:00" };
  const first = Math.min(...windows.map((w) => minutesOfDay(w.start)));
  const last = Math.max(...windows.map((w) => minutesOfDay(w.end)));
  return { slotMinTime: toTime(Math.floor(first / 60) * 60), slotMaxTime: toTime(Math.min(1440, Math.ceil(last / 60) * 60)) };
}
