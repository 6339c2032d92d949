import type { Interval } from "../../shared/time/intervals";
import type { Instrument } from "../platform/db/entities";
import { checkLength, type RuleBreach } from "./booking-rules";

/** Whether a booking length fits the instrument's slot grid and its minimum and maximum. */
export function checkDuration(instrument: Pick<Instrument, "slotMinutes" | "minDurationMinutes" | "maxDurationMinutes">, minutes: number): RuleBreach | null {
  if (minutes % instrument.slotMinutes !== 0) {
    return { reason: "not_on_slot_grid", message: `The duration must be whole ${instrument.slotMinutes}-minute slots` };
  }
  return checkLength(instrument, minutes);
}

/**
 * Every start at which `count` consecutive free slots begin (slots sorted, on the local grid, so a run's slots
 * touch end to start), as one interval each.
 */
export function startIntervals(slots: readonly Interval[], count: number): Interval[] {
  const starts: Interval[] = [];
  for (let i = 0; i + count <= slots.length; i++) {
    let j = i;
    while (j < i + count - 1 && slots[j].end === slots[j + 1].start) j++;
    if (j === i + count - 1) starts.push({ start: slots[i].start, end: slots[j].end });
  }
  return starts;
}
