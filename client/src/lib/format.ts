import { DateTime } from "luxon";

/** Formatting of instants, durations and yen for one language, in the institution's time zone. */
export function formatYen(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "JPY", maximumFractionDigits: 0 }).format(amount);
}

export function formatDate(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale).toLocaleString({ year: "numeric", month: "short", day: "numeric", weekday: "short" });
}

/** A calendar date ("2027-06-09") with its weekday, independent of any zone. */
export function formatLocalDate(isoDate: string, locale: string): string {
  return DateTime.fromISO(isoDate).setLocale(locale).toLocaleString({ year: "numeric", month: "short", day: "numeric", weekday: "short" });
}

export function formatTime(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
}

/** "Tue, Jun 8, 2027, 10:00 – 12:00" in `zone`; the end carries its own date when it falls on another day. */
export function formatRange(startIso: string, endIso: string, zone: string, locale: string): string {
  const start = DateTime.fromISO(startIso, { zone }).setLocale(locale);
  const end = DateTime.fromISO(endIso, { zone }).setLocale(locale);
  const endText = start.hasSame(end, "day") || end.equals(start.plus({ days: 1 }).startOf("day"))
    ? end.toLocaleString(DateTime.TIME_SIMPLE)
    : `${formatDate(endIso, zone, locale)} ${end.toLocaleString(DateTime.TIME_SIMPLE)}`;
  return `${formatDate(startIso, zone, locale)} ${start.toLocaleString(DateTime.TIME_SIMPLE)} – ${endText}`;
}

/** The viewer's own zone (from the browser). */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** True when the viewer's clock differs from the zone's at `at` (same offset means the same wall clock). */
export function zoneDiffers(zone: string, viewer: string, at: number = Date.now()): boolean {
  return DateTime.fromMillis(at, { zone }).offset !== DateTime.fromMillis(at, { zone: viewer }).offset;
}

/** The zone's name and UTC offset for display, e.g. "Asia/Tokyo (UTC+9)". */
export function zoneLabel(zone: string, at: number = Date.now()): string {
  return `${zone} (UTC${DateTime.fromMillis(at, { zone }).toFormat("Z")})`;
}
