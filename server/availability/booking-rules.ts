import type { AssistanceType, CustomerType } from "../../shared/enums";
import { estimatePrice } from "../../shared/rules/pricing";
import type { Rates } from "../../shared/schemas/instruments";
import type { RuleReason } from "../../shared/errors";
import { covers, intersect, normalize, overlaps, subtract, type Interval } from "../../shared/time/intervals";
import { cutIntoSlots, durationMinutes, isOnGrid } from "../../shared/time/slots";
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

type TimingRule = (instrument: Instrument, zone: string, interval: Interval, now: number) => RuleBreach | null;

const isActive: TimingRule = (instrument) =>
  instrument.status === "active" ? null : { reason: "instrument_unavailable", message: `The instrument is ${instrument.status} and cannot be booked` };

const notInPast: TimingRule = (_instrument, _zone, interval, now) =>
  interval.start < now ? { reason: "in_past", message: "The start time is in the past" } : null;

const withinLeadTime: TimingRule = (instrument, _zone, interval, now) =>
  interval.start < bookingWindow(instrument, now).start
    ? { reason: "lead_time", message: `Bookings must be made at least ${instrument.leadTimeHours} hours in advance` }
    : null;

const withinHorizon: TimingRule = (instrument, _zone, interval, now) =>
  interval.end > bookingWindow(instrument, now).end ? { reason: "horizon", message: `Bookings can be made at most ${instrument.horizonDays} days ahead` } : null;

const onSlotGrid: TimingRule = (instrument, zone, interval) =>
  isOnGrid(interval.start, instrument.slotMinutes, zone) && isOnGrid(interval.end, instrument.slotMinutes, zone)
    ? null
    : { reason: "not_on_slot_grid", message: `Start and end must fall on ${instrument.slotMinutes}-minute slots` };

/** Whether a booking of this many minutes is within the instrument's minimum and maximum. */
export function checkLength(instrument: Pick<Instrument, "minDurationMinutes" | "maxDurationMinutes">, minutes: number): RuleBreach | null {
  if (minutes < instrument.minDurationMinutes) return { reason: "duration_too_short", message: `The minimum booking is ${instrument.minDurationMinutes} minutes` };
  if (minutes > instrument.maxDurationMinutes) return { reason: "duration_too_long", message: `The maximum booking is ${instrument.maxDurationMinutes} minutes` };
  return null;
}

const allowedLength: TimingRule = (instrument, _zone, interval) => checkLength(instrument, durationMinutes(interval));

/**
 * When each rule that needs no calendar applies. A booking meets all of them. Approving a pending booking
 * re-checks what can have changed since it was made (the instrument's status, time passing); the lead time,
 * horizon, grid and length were the rules when it was booked. The calendar rules below apply at both stages.
 */
const TIMING_RULES: Record<RuleStage, TimingRule[]> = {
  booking: [isActive, notInPast, withinLeadTime, withinHorizon, onSlotGrid, allowedLength],
  approval: [isActive, notInPast],
};

export type RuleStage = "booking" | "approval";

/** The first rule, of those that need nothing but the instrument, the interval and the time, that the request breaks. */
export function checkTimingRules(instrument: Instrument, zone: string, interval: Interval, now: number, stage: RuleStage = "booking"): RuleBreach | null {
  for (const rule of TIMING_RULES[stage]) {
    const breach = rule(instrument, zone, interval, now);
    if (breach) return breach;
  }
  return null;
}

/**
 * The slots of `range` that a booking could take, by the same rules in slot form: within the lead time and
 * horizon, open and not blocked (blackouts, reservations), on the slot grid and at least the minimum length.
 * Used by the availability endpoint and the catalogue's "free on" filter.
 */
export function bookableSlots(
  instrument: Pick<Instrument, "leadTimeHours" | "horizonDays" | "slotMinutes" | "minDurationMinutes">,
  zone: string,
  open: readonly Interval[],
  blocked: readonly Interval[],
  range: Interval,
  now: number,
): Interval[] {
  const allowed = bookingWindow(instrument, now);
  const window = { start: Math.max(range.start, allowed.start), end: Math.min(range.end, allowed.end) };
  if (window.end <= window.start) return [];
  const free = intersect(subtract([...open], normalize([...blocked])), [window]);
  return free.length === 0 ? [] : cutIntoSlots(free, instrument.slotMinutes, zone, instrument.minDurationMinutes);
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
