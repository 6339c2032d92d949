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
  const [params, setParams] = useSearchParams();
  const quoted = quotedSession(params, choices);
  const [mode, setModeState] = useState<AssistanceType>(quoted?.mode ?? choices[0] ?? "none");
  const [duration, setDurationState] = useState(quoted?.minutes ?? instrument.rules.minDurationMinutes);
  const [picked, setPicked] = useState<{ start: string; end: string } | null>(null);
  const [problem, setProblem] = useState<PickProblem | null>(null);
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
    const kept: Record<string, string> = quoted ? { quote: String(quoted.quoteId), mode: quoted.mode, minutes: String(quoted.minutes) } : {};
    setParams(week && week !== thisWeek ? { ...kept, week } : kept, { replace: true });
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
    zone, choices, mode, quoteId: quoted?.quoteId ?? null, duration, weekStart, thisWeek, availability, starts, selection,
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

/**
 * A session booked from an accepted quote (?quote=12&mode=operation&minutes=120, the quote's "book this session"
 * link): the form opens on the quoted mode and duration, and the booking names the quote.
 */
function quotedSession(params: URLSearchParams, choices: AssistanceType[]): { quoteId: number; mode: AssistanceType; minutes: number } | null {
  const quoteId = Number(params.get("quote"));
  const mode = params.get("mode") as AssistanceType | null;
  const minutes = Number(params.get("minutes"));
  if (!Number.isInteger(quoteId) || quoteId <= 0 || !mode || !choices.includes(mode) || !(minutes > 0)) return null;
  return { quoteId, mode, minutes };
}
