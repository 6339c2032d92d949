import { DateTime } from "luxon";

const MINUTE = 60_000;
const MAX_ENTRIES = 20_000;
const cache = new Map<string, number>();

/**
 * The zone's UTC offset in minutes at `instant`. Luxon asks `Intl` for every new DateTime, which dominated the
 * calendar arithmetic of a week's availability (a CPU profile of `npm run bench`: ~9 %). Offsets only change at
 * whole minutes (every transition in the time-zone database since 1970 falls on one), so the answer is memoised
 * per zone and minute; the memo is dropped whole once it reaches MAX_ENTRIES.
 */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const key = `${zone} ${Math.floor(instant / MINUTE)}`;
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = DateTime.fromMillis(Math.floor(instant / MINUTE) * MINUTE, { zone }).offset;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, offset);
  }
  return offset;
}

/**
 * The zone's UTC offset in ms when it is the same at both ends of `interval`, else null. Callers bound the
 * interval's length so that an equal offset at both ends means the same offset throughout.
 */
export function sameOffsetAtBothEnds(interval: { start: number; end: number }, zone: string): number | null {
  const start = zoneOffsetMinutes(interval.start, zone);
  return start === zoneOffsetMinutes(interval.end, zone) ? start * MINUTE : null;
}
