import { useState } from "react";
import { useSearchParams } from "react-router";
import type { AssistanceType, Instrument, StartTime } from "../../../../shared";
import { shiftWeek, weekContaining, weekStartOf } from "../../lib/week";
import { assistanceChoices } from "./booking-form";
import { durationOptions, offeredStarts } from "./booking-choice";
import { selectRange, type SelectionProblem } from "./slot-selection";
import { useAvailability } from "./use-instrument";

export type PickProblem = SelectionProblem | "not_offered";

/**
 * The booking flow's state: mode and duration first, then a start time offered for both. The week shown is in
 * the URL (?week=2027-06-07), so it survives a reload and can be shared.
 */
export function useBookingFlow(instrument: Instrument) {
  const zone = instrument.institution.timezone;
  const choices = assistanceChoices(instrument);
  const [mode, setModeState] = useState<AssistanceType>(choices[0] ?? "none");
  const [duration, setDurationState] = useState(instrument.rules.minDurationMinutes);
  const [picked, setPicked] = useState<{ start: string; end: string } | null>(null);
  const [problem, setProblem] = useState<PickProblem | null>(null);
  const [params, setParams] = useSearchParams();
  const thisWeek = weekStartOf(Date.now(), zone);
  const requested = weekContaining(params.get("week"));
  const weekStart = requested && requested > thisWeek ? requested : thisWeek;
  const availability = useAvailability(instrument.id, weekStart, zone, duration);
  const starts = offeredStarts(availability.data?.starts ?? [], mode);
  const selection: StartTime | null = (picked && starts.find((s) => s.start === picked.start && s.end === picked.end)) ?? null;
  const unoffered = picked && availability.data && !availability.isPlaceholderData && !selection;

  const clear = () => {
    setPicked(null);
    setProblem(null);
  };
  const setWeek = (week: string | null) => {
    clear();
    setParams(week && week !== thisWeek ? { week } : {}, { replace: true });
  };
  /** A click or drag on the calendar: its length becomes the duration; it counts only if offered for the mode. */
  const selectOnCalendar = (from: number, to: number) => {
    const result = selectRange(availability.data?.slots ?? [], from, to, instrument.rules);
    setProblem(result.ok ? null : result.problem);
    if (!result.ok) return setPicked(null);
    setDurationState((Date.parse(result.end) - Date.parse(result.start)) / 60_000);
    setPicked({ start: result.start, end: result.end });
  };
  return {
    zone, choices, mode, duration, weekStart, thisWeek, availability, starts, selection,
    durations: durationOptions(instrument.rules, duration),
    problem: problem ?? (unoffered ? "not_offered" : null),
    setMode: (next: AssistanceType) => { setModeState(next); clear(); },
    setDuration: (next: number) => { setDurationState(next); clear(); },
    pick: (start: StartTime) => { setProblem(null); setPicked(start); },
    clear, selectOnCalendar,
    moveWeek: (weeks: number) => setWeek(shiftWeek(weekStart, weeks)),
    thisWeekAgain: () => setWeek(null),
  };
}
