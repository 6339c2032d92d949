import { DateTime } from "luxon";

/** A month "yyyy-MM" as instants [start, end) in a zone: local midnight on the 1st to local midnight on the next 1st. */
export function monthWindow(month: string, zone: string): { start: Date; end: Date } {
  const start = DateTime.fromFormat(month, "yyyy-MM", { zone }).startOf("month");
  return { start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate() };
}

/** The local date "yyyy-MM-dd" of an instant in a zone. */
export function localDate(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toISODate()!;
}

export function plusDays(date: string, days: number): string {
  return DateTime.fromISO(date).plus({ days }).toISODate()!;
}
