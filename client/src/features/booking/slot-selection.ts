import type { Slot } from "../../../../shared";

export interface SlotRules {
  minDurationMinutes: number;
  maxDurationMinutes: number;
}

export type SelectionProblem = "not_free" | "not_consecutive" | "too_short" | "too_long";

export type SelectionResult =
  | { ok: true; start: string; end: string; slots: Slot[]; assistanceAvailable: boolean }
  | { ok: false; problem: SelectionProblem };

const MINUTE = 60_000;

/** Free slots sorted by start, so runs of consecutive slots are adjacent. */
function sorted(slots: readonly Slot[]): Slot[] {
  return [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/**
 * The booking a user means by dragging (or clicking) from `from` to `to` (instants in ms, `to` exclusive) over
 * the free slots: every slot in between must be free and follow the previous one without a gap, and the
 * duration must respect the instrument's minimum and maximum. A click on one slot (a range shorter than the
 * minimum) grows forward to the minimum duration when the following slots are free.
 */
export function selectRange(freeSlots: readonly Slot[], from: number, to: number, rules: SlotRules): SelectionResult {
  const slots = sorted(freeSlots);
  const first = slots.findIndex((s) => Date.parse(s.start) === from);
  if (first < 0) return { ok: false, problem: "not_free" };
  const picked: Slot[] = [slots[first]];
  const wanted = Math.max(to, from + rules.minDurationMinutes * MINUTE);
  while (Date.parse(picked[picked.length - 1].end) < wanted) {
    const next = slots[first + picked.length];
    if (!next || next.start !== picked[picked.length - 1].end) {
      return { ok: false, problem: Date.parse(picked[picked.length - 1].end) < to ? "not_consecutive" : "too_short" };
    }
    picked.push(next);
  }
  const start = picked[0].start;
  const end = picked[picked.length - 1].end;
  const minutes = (Date.parse(end) - Date.parse(start)) / MINUTE;
  if (minutes < rules.minDurationMinutes) return { ok: false, problem: "too_short" };
  if (minutes > rules.maxDurationMinutes) return { ok: false, problem: "too_long" };
  return { ok: true, start, end, slots: picked, assistanceAvailable: picked.every((s) => s.assistanceAvailable) };
}

/** Whether a range (ms) lies entirely within consecutive free slots: used to allow or refuse a drag as it happens. */
export function isFreeRange(freeSlots: readonly Slot[], from: number, to: number): boolean {
  let cursor = from;
  for (const slot of sorted(freeSlots)) {
    const start = Date.parse(slot.start);
    if (start === cursor) cursor = Date.parse(slot.end);
    if (cursor >= to) return true;
  }
  return false;
}

/** Adjacent free slots merged into runs, for drawing the calendar's free background. */
export function freeRuns(freeSlots: readonly Slot[]): { start: string; end: string }[] {
  const runs: { start: string; end: string }[] = [];
  for (const slot of sorted(freeSlots)) {
    const last = runs[runs.length - 1];
    if (last && last.end === slot.start) last.end = slot.end;
    else runs.push({ start: slot.start, end: slot.end });
  }
  return runs;
}
