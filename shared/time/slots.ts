import { DateTime } from "luxon";
import { sameOffsetAtBothEnds, zoneOffsetMinutes } from "./zone-offset";
import type { Interval } from "./intervals";

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/**
 * True when an instant lies on the slot grid: a whole multiple of `slotMinutes` after local midnight in `zone`.
 * Grids are local so a 60-minute grid stays on the hour in zones with half-hour offsets.
 */
export function isOnGrid(instant: number, slotMinutes: number, zone: string): boolean {
  const local = instant + zoneOffsetMinutes(instant, zone) * MINUTE;
  const sinceMidnight = ((local % DAY) + DAY) % DAY;
  return sinceMidnight % (slotMinutes * MINUTE) === 0;
}

/** The first grid instant at or after `instant`, computed on the local wall clock (DST-safe). */
export function ceilToGrid(instant: number, slotMinutes: number, zone: string): number {
  const local = DateTime.fromMillis(instant, { zone });
  const minuteOfDay = local.hour * 60 + local.minute + (local.second > 0 || local.millisecond > 0 ? 1 : 0);
  const target = Math.ceil(minuteOfDay / slotMinutes) * slotMinutes;
  const day = local.startOf("day");
  const candidate = target >= 1440 ? day.plus({ days: 1 }) : day.set({ hour: Math.floor(target / 60), minute: target % 60 });
  // A grid point inside a DST gap moves forward past `instant`'s hour; never return an instant before the input.
  return candidate.toMillis() >= instant ? candidate.toMillis() : ceilToGrid(instant + slotMinutes * MINUTE, slotMinutes, zone);
}

/**
 * Cuts free intervals into grid-aligned slots of `slotMinutes`, dropping pieces of a free run shorter
 * than `minRunMinutes` (a lone 30-minute gap cannot hold a booking whose minimum is an hour).
 */
export function cutIntoSlots(free: readonly Interval[], slotMinutes: number, zone: string, minRunMinutes = slotMinutes): Interval[] {
  const slots: Interval[] = [];
  for (const interval of free) {
    const run = cutRun(interval, slotMinutes, zone);
    const runMinutes = run.length ? (run[run.length - 1].end - run[0].start) / MINUTE : 0;
    if (runMinutes >= minRunMinutes) slots.push(...run);
  }
  return slots;
}

function cutRun(interval: Interval, slotMinutes: number, zone: string): Interval[] {
  // Same UTC offset throughout: the fast path skips the zone lookups, which dominate availability requests.
  const offset = uniformOffset(interval, slotMinutes, zone);
  return offset !== null ? fixedOffsetRun(interval, slotMinutes, offset) : wallClockRun(interval, slotMinutes, zone);
}

/** Slots of a run whose zone keeps one UTC offset (ms) throughout: grid points are multiples of the slot on the local clock. */
export function fixedOffsetRun(interval: Interval, slotMinutes: number, offset: number): Interval[] {
  const run: Interval[] = [];
  const step = slotMinutes * MINUTE;
  for (let start = Math.ceil((interval.start + offset) / step) * step - offset; start + step <= interval.end; start += step) {
    run.push({ start, end: start + step });
  }
  return run;
}

/** Slots from one local grid point to the next on the wall clock (Luxon), so a DST change inside a run keeps the grid. */
export function wallClockRun(interval: Interval, slotMinutes: number, zone: string): Interval[] {
  const run: Interval[] = [];
  for (let start = ceilToGrid(interval.start, slotMinutes, zone); ; ) {
    const end = ceilToGrid(start + 1, slotMinutes, zone);
    if (end > interval.end) break;
    run.push({ start, end });
    start = end;
  }
  return run;
}

/**
 * The zone's UTC offset (ms) when it is the same at both ends of an interval of at most a day and the slot
 * divides the day, so that no offset change can hide inside and local midnights fall on the grid; else null.
 * Also null within three hours after an offset change: a run that starts in the repeated hour after a fall-back
 * has the same offset at both ends, but its local times happened once already, and the wall clock's grid gives
 * them to the first occurrence (fast-check found it: America/St_Johns, 2024-11-03 01:00 NST).
 */
export function uniformOffset(interval: Interval, slotMinutes: number, zone: string): number | null {
  if (interval.end - interval.start > 1440 * MINUTE || 1440 % slotMinutes !== 0) return null;
  const offset = sameOffsetAtBothEnds(interval, zone);
  if (offset === null || zoneOffsetMinutes(interval.start - 180 * MINUTE, zone) * MINUTE !== offset) return null;
  return offset;
}

export function durationMinutes(interval: Interval): number {
  return (interval.end - interval.start) / MINUTE;
}
