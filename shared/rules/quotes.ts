import { DateTime } from "luxon";
import type { AssistanceType, CustomerType } from "../enums";
import type { Rates } from "../schemas/instruments";
import { billedUnits, unitPriceOf } from "./charges";
import { invoiceTotals, lineAmount, type RateTotal, type TaxCategory, type TaxRounding } from "./consumption-tax";
import { hourlyRateOf } from "./pricing";

/**
 * A quote is priced by the rules a booking is charged by: instrument time at the company's customer-type rate and
 * staff time at the instrument's assistance rate, each in the instrument's billing units (the hourly rate
 * pro-rated to the unit, half up), so a session booked from the quote and recorded as quoted is charged exactly
 * the quoted amount. Tax is computed once per quote per rate, as on an invoice (`consumption-tax.ts`).
 */

export const QUOTE_USAGE_MODES = ["self", "operation", "training"] as const;
export type QuoteUsageMode = (typeof QUOTE_USAGE_MODES)[number];

/** The booking's assistance type a quoted usage mode books: self-use books none. */
export const ASSISTANCE_OF_MODE: Record<QuoteUsageMode, AssistanceType> = { self: "none", operation: "operation", training: "training" };

export function usageModeOf(assistance: AssistanceType): QuoteUsageMode | null {
  if (assistance === "none") return "self";
  return assistance === "operation" || assistance === "training" ? assistance : null;
}

export type QuoteLineKind = "instrument_time" | "staff_time" | "consumable";

export interface QuoteLine {
  kind: QuoteLineKind;
  instrumentId: number | null;
  usageMode: QuoteUsageMode | null;
  /** Quoted minutes of instrument or staff time (null for consumables): the hours a booking may use. */
  minutes: number | null;
  /** The hourly rate the unit price was pro-rated from (null for consumables). */
  hourlyRate: number | null;
  /** Thousandths of the unit: 3 units of 30 min = 3000. */
  quantityMilli: number;
  /** "30min" for time in billing units, "hour" for staff hours beyond the sessions, else the consumable's unit. */
  unit: string;
  unitPrice: number;
  amount: number;
  taxCategory: TaxCategory;
  description: string;
}

export interface QuotedSession {
  instrumentId: number;
  usageMode: QuoteUsageMode;
  minutes: number;
  rates: Rates;
  billingUnitMinutes: number;
  description: string;
}

export interface QuotedConsumable {
  description: string;
  quantity: number;
  unit: string;
  unitPrice: number;
}

export interface QuotePricingInput {
  customerType: CustomerType;
  sessions: readonly QuotedSession[];
  /** Staff hours beyond the sessions (analysis, a report), at `staffRate` per hour. */
  staffHours: number;
  staffRate: number;
  consumables: readonly QuotedConsumable[];
  rounding: TaxRounding;
}

export interface PricedQuote {
  lines: QuoteLine[];
  taxes: RateTotal[];
  subtotal: number;
  tax: number;
  total: number;
}

function timeLine(kind: "instrument_time" | "staff_time", session: QuotedSession, hourlyRate: number): QuoteLine {
  const units = billedUnits(session.minutes, session.billingUnitMinutes);
  const unitPrice = unitPriceOf(hourlyRate, session.billingUnitMinutes);
  return {
    kind, instrumentId: session.instrumentId, usageMode: session.usageMode, minutes: session.minutes, hourlyRate,
    quantityMilli: units * 1000, unit: `${session.billingUnitMinutes}min`, unitPrice, amount: units * unitPrice,
    taxCategory: "standard", description: session.description,
  };
}

/** The lines of one quoted session: instrument time, and staff time for operation and training. */
function sessionLines(session: QuotedSession, customerType: CustomerType): QuoteLine[] {
  const lines = [timeLine("instrument_time", session, hourlyRateOf(session.rates, customerType))];
  if (session.usageMode !== "self") lines.push(timeLine("staff_time", session, session.rates.assistancePerHour));
  return lines;
}

function consumableLine(item: QuotedConsumable): QuoteLine {
  const quantityMilli = Math.round(item.quantity * 1000);
  return {
    kind: "consumable", instrumentId: null, usageMode: null, minutes: null, hourlyRate: null, quantityMilli, unit: item.unit,
    unitPrice: item.unitPrice, amount: lineAmount(quantityMilli, item.unitPrice), taxCategory: "standard", description: item.description,
  };
}

/** Every line of a quote, and its tax per rate and totals in integer yen. */
export function priceQuote(input: QuotePricingInput): PricedQuote {
  const lines = input.sessions.flatMap((session) => sessionLines(session, input.customerType));
  if (input.staffHours > 0) {
    const quantityMilli = Math.round(input.staffHours * 1000);
    lines.push({
      kind: "staff_time", instrumentId: null, usageMode: null, minutes: Math.round(input.staffHours * 60), hourlyRate: input.staffRate,
      quantityMilli, unit: "hour", unitPrice: input.staffRate, amount: lineAmount(quantityMilli, input.staffRate), taxCategory: "standard", description: "",
    });
  }
  lines.push(...input.consumables.map(consumableLine));
  const totals = invoiceTotals(lines, input.rounding);
  return { lines, ...totals };
}

/** The quoted rates a session booked from a quote is priced and charged at. */
export interface QuotedRates {
  /** Quoted minutes of this instrument in this mode. */
  minutes: number;
  billingUnitMinutes: number;
  hourlyRate: number;
  /** Null for self-use. */
  staffRate: number | null;
}

/** The quoted rates of one instrument in one mode, from the quote's lines; null when the quote has no such session. */
export function quotedRatesOf(lines: readonly QuoteLine[], instrumentId: number, usageMode: QuoteUsageMode): QuotedRates | null {
  const find = (kind: QuoteLineKind) => lines.find((l) => l.kind === kind && l.instrumentId === instrumentId && l.usageMode === usageMode);
  const instrument = find("instrument_time");
  if (!instrument || instrument.minutes === null || instrument.hourlyRate === null) return null;
  const staff = usageMode === "self" ? undefined : find("staff_time");
  return {
    minutes: instrument.minutes,
    billingUnitMinutes: Number.parseInt(instrument.unit, 10),
    hourlyRate: instrument.hourlyRate,
    staffRate: staff?.hourlyRate ?? null,
  };
}

/** The price a booking of `minutes` from the quote stores: its instrument and staff time at the quoted unit prices. */
export function quotedBookingPrice(rates: QuotedRates, minutes: number): number {
  const units = billedUnits(minutes, rates.billingUnitMinutes);
  const staff = rates.staffRate === null ? 0 : unitPriceOf(rates.staffRate, rates.billingUnitMinutes);
  return units * (unitPriceOf(rates.hourlyRate, rates.billingUnitMinutes) + staff);
}

/** Whether `minutes` more fit in what is left of the quoted time after `bookedMinutes`. */
export function fitsQuotedTime(rates: QuotedRates, bookedMinutes: number, minutes: number): boolean {
  return bookedMinutes + minutes <= rates.minutes;
}

/**
 * A quote is valid through its `validUntil` day in the institution's zone: it expires at the next local midnight.
 * `validUntil` is a local date "yyyy-MM-dd".
 */
export function quoteExpiresAt(validUntil: string, zone: string): number {
  return DateTime.fromISO(validUntil, { zone }).plus({ days: 1 }).startOf("day").toMillis();
}

export function isQuoteExpired(validUntil: string, zone: string, now: number): boolean {
  return now >= quoteExpiresAt(validUntil, zone);
}
