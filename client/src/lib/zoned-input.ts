import { DateTime } from "luxon";

/** A `datetime-local` value ("2027-06-09T10:00") read in `zone` as a UTC ISO instant, or null when empty or invalid. */
export function localInputToIso(value: string, zone: string): string | null {
  if (!value) return null;
  const local = DateTime.fromISO(value, { zone });
  return local.isValid ? local.toUTC().toISO({ suppressMilliseconds: true }) : null;
}

/** An instant shown in a `datetime-local` input as the wall clock of `zone`. */
export function isoToLocalInput(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}
