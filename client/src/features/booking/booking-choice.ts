import { DateTime } from "luxon";
import { STAFFED_ASSISTANCE_TYPES, type AssistanceType, type StartTime } from "../../../../shared";
import type { SlotRules } from "./slot-selection";

const MAX_OPTIONS = 24;

/** Booking lengths to offer: whole slots from the minimum to the maximum, coarser steps when there are many. */
export function durationOptions(rules: SlotRules & { slotMinutes: number }, current?: number): number[] {
  let step = rules.slotMinutes;
  while ((rules.maxDurationMinutes - rules.minDurationMinutes) / step + 1 > MAX_OPTIONS) step *= 2;
  const options: number[] = [];
  for (let minutes = rules.minDurationMinutes; minutes <= rules.maxDurationMinutes; minutes += step) options.push(minutes);
  if (current !== undefined && !options.includes(current)) options.push(current);
  return options.sort((a, b) => a - b);
}

export function needsStaff(mode: AssistanceType): boolean {
  return (STAFFED_ASSISTANCE_TYPES as readonly AssistanceType[]).includes(mode);
}

/** The start times to offer for a mode: with staff help, only those where one staff member is free throughout. */
export function offeredStarts(starts: readonly StartTime[], mode: AssistanceType): StartTime[] {
  return needsStaff(mode) ? starts.filter((s) => s.assistanceAvailable) : [...starts];
}

/** Start times grouped by local day in `zone`, in order. */
export function startsByDay(starts: readonly StartTime[], zone: string): Array<{ day: string; starts: StartTime[] }> {
  const days = new Map<string, StartTime[]>();
  for (const start of starts) {
    const day = DateTime.fromISO(start.start, { zone }).toISODate()!;
    days.set(day, [...(days.get(day) ?? []), start]);
  }
  return [...days].map(([day, list]) => ({ day, starts: list }));
}
