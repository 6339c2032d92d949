import type { AssistanceType, CustomerType } from "../../shared/enums";
import { estimatePrice } from "../../shared/rules/pricing";
import type { Rates } from "../../shared/schemas/instruments";
import type { RuleReason } from "../../shared/errors";
import { covers, overlaps, type Interval } from "../../shared/time/intervals";
import { isOnGrid, durationMinutes } from "../../shared/time/slots";
import { localDatesIn } from "../../shared/time/weekly-hours";
import type { Instrument } from "../platform/db/entities";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface RuleBreach {
  reason: RuleReason;
  message: string;
}

/** The earliest start and latest end a booking may have now, from the instrument's lead time and horizon. */
export function bookingWindow(instrument: Pick<Instrument, "leadTimeHours" | "horizonDays">, now: number): Interval {
  return { start: now + instrument.leadTimeHours * HOUR, end: now + instrument.horizonDays * DAY };
}

/** Rules that need nothing but the instrument, the requested interval and the time. */
export function checkTimingRules(instrument: Instrument, zone: string, interval: Interval, now: number): RuleBreach | null {
  if (instrument.status !== "active") {
    return { reason: "instrument_unavailable", message: `The instrument is ${instrument.status} and cannot be booked` };
  }
  if (interval.start < now) return { reason: "in_past", message: "The start time is in the past" };
  const window = bookingWindow(instrument, now);
  if (interval.start < window.start) {
    return { reason: "lead_time", message: `Bookings must be made at least ${instrument.leadTimeHours} hours in advance` };
  }
  if (interval.end > window.end) {
    return { reason: "horizon", message: `Bookings can be made at most ${instrument.horizonDays} days ahead` };
  }
  if (!isOnGrid(interval.start, instrument.slotMinutes, zone) || !isOnGrid(interval.end, instrument.slotMinutes, zone)) {
    return { reason: "not_on_slot_grid", message: `Start and end must fall on ${instrument.slotMinutes}-minute slots` };
  }
  const minutes = durationMinutes(interval);
  if (minutes < instrument.minDurationMinutes) {
    return { reason: "duration_too_short", message: `The minimum booking is ${instrument.minDurationMinutes} minutes` };
  }
  if (minutes > instrument.maxDurationMinutes) {
    return { reason: "duration_too_long", message: `The maximum booking is ${instrument.maxDurationMinutes} minutes` };
  }
  return null;
}

/** Rules about the instrument's calendar: opening hours, closed days and blackout windows. */
export function checkCalendarRules(
  interval: Interval,
  zone: string,
  open: readonly Interval[],
  blackouts: readonly Interval[],
  isClosed: (isoDate: string) => boolean,
): RuleBreach | null {
  if (!covers(open, interval)) {
    if (localDatesIn(interval, zone).some(isClosed)) {
      return { reason: "closed_day", message: "The institution is closed on that day (holiday or closure)" };
    }
    return { reason: "outside_opening_hours", message: "The requested time is outside the instrument's opening hours" };
  }
  if (blackouts.some((b) => overlaps(b, interval))) {
    return { reason: "blackout", message: "The instrument is unavailable then (maintenance or closure)" };
  }
  return null;
}

/** Whether the instrument offers the requested kind of use at all. */
export function checkUsageMode(instrument: Instrument, assistance: AssistanceType): RuleBreach | null {
  const offered: Record<AssistanceType, boolean> = {
    none: instrument.selfUse,
    operation: instrument.staffOperated,
    training: instrument.training,
    consultation: instrument.staffOperated || instrument.training,
  };
  if (offered[assistance]) return null;
  const label = assistance === "none" ? "Self-use" : `Staff ${assistance}`;
  return { reason: "mode_not_offered", message: `${label} is not offered on this instrument` };
}

/** The instrument's rates in the shape the shared price rule takes. */
export function ratesOf(instrument: Pick<Instrument, "rateAcademic" | "rateCompany" | "rateSme" | "rateAssistance">): Rates {
  return { academic: instrument.rateAcademic, company: instrument.rateCompany, sme: instrument.rateSme, assistancePerHour: instrument.rateAssistance };
}

/** The price a reservation stores, in yen (`shared/rules/pricing.ts`). */
export function priceYen(
  instrument: Pick<Instrument, "rateAcademic" | "rateCompany" | "rateSme" | "rateAssistance">,
  customerType: CustomerType,
  interval: Interval,
  assistance: AssistanceType,
): number {
  return estimatePrice(ratesOf(instrument), customerType, interval, assistance).total;
}
