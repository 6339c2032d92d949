import { DateTime } from "luxon";
import { STAFFED_ASSISTANCE_TYPES, type AssistanceType, type StartTime } from "../../../../shared";
import type { SlotRules } from "./slot-selection";

const MAX_OPTIONS = 24;
const NICE_STEPS = [30, 60, 120, 240, 480, 720, 1440];

/** Booking lengths to offer: whole slots from the minimum to the maximum; round steps (hours, days) when there are many. */
export function durationOptions(rules: SlotRules & { slotMinutes: number }, current?: number): number[] {
  const { slotMinutes, minDurationMinutes: min, maxDurationMinutes: max } = rules;
  const steps = [slotMinutes, ...NICE_STEPS.filter((s) => s > slotMinutes && s % slotMinutes === 0)];
  const step = steps.find((s) => (max - min) / s + 1 <= MAX_OPTIONS) ?? steps[steps.length - 1];
  const options = new Set([min, max]);
  for (let minutes = Math.ceil(min / step) * step; minutes < max; minutes += step) if (minutes > min) options.add(minutes);
  if (current !== undefined && current >= min && current <= max) options.add(current);
  return [...options].sort((a, b) => a - b);
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
