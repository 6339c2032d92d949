import type { AssistanceType } from "../enums";
import { divideRounded } from "./consumption-tax";

/**
 * What a session costs, line by line, in integer yen. Time is billed in the instrument's billing unit (rounded up:
 * 40 minutes in 30-minute units bill 60), at a unit price that is the hourly rate pro-rated to the unit and
 * rounded half up to the yen. Cancellation and no-show fees are a percentage of the booked instrument time.
 */

export interface BillingPolicy {
  /** Bill the booked time instead of the actual time. */
  billsBookedTime: boolean;
  billingUnitMinutes: number;
  /** Cancelling by the company is free until this many hours before the start. */
  freeCancellationHours: number;
  /** Percent of the booked instrument time charged for a later cancellation. */
  lateCancellationPercent: number;
  /** Percent of the booked instrument time charged when nobody came. */
  noShowPercent: number;
}

export const DEFAULT_BILLING_POLICY: BillingPolicy = {
  billsBookedTime: false,
  billingUnitMinutes: 30,
  freeCancellationHours: 48,
  lateCancellationPercent: 50,
  noShowPercent: 100,
};

export type ChargeKind = "instrument_time" | "staff_time" | "cancellation" | "no_show" | "consumable" | "adhoc";
export const CHARGE_KINDS = ["instrument_time", "staff_time", "cancellation", "no_show", "consumable", "adhoc"] as const satisfies readonly ChargeKind[];

export interface ChargeLine {
  kind: ChargeKind;
  /** Staff time: which kind of assistance. */
  assistanceType?: AssistanceType;
  /** Thousandths of the unit: 3 units of 30 min = 3000. */
  quantityMilli: number;
  /** "30min" for time in billing units, "item" for a fee. */
  unit: string;
  unitPrice: number;
  amount: number;
}

const MINUTE = 60_000;

/** Minutes rounded up to whole billing units: the number of units. */
export function billedUnits(minutes: number, unitMinutes: number): number {
  return Math.max(0, Math.ceil(minutes / unitMinutes));
}

/** The hourly rate pro-rated to one billing unit, half up to the yen. */
export function unitPriceOf(hourlyRate: number, unitMinutes: number): number {
  return divideRounded(hourlyRate * unitMinutes, 60, "round");
}

function timeLine(kind: "instrument_time" | "staff_time", minutes: number, hourlyRate: number, unitMinutes: number): ChargeLine {
  const units = billedUnits(minutes, unitMinutes);
  const unitPrice = unitPriceOf(hourlyRate, unitMinutes);
  return { kind, quantityMilli: units * 1000, unit: `${unitMinutes}min`, unitPrice, amount: units * unitPrice };
}

export interface SessionFacts {
  outcome: "completed" | "no_show";
  booked: { start: number; end: number };
  actual: { start: number; end: number } | null;
  assistanceType: AssistanceType;
  staffMinutes: number;
  /** The instrument's hourly rate for the company's customer type at the time of use, and its staff rate. */
  hourlyRate: number;
  staffRate: number;
}

/** The booked instrument time's price, the base of cancellation and no-show fees. */
export function bookedTimePrice(policy: BillingPolicy, booked: { start: number; end: number }, hourlyRate: number): number {
  return timeLine("instrument_time", (booked.end - booked.start) / MINUTE, hourlyRate, policy.billingUnitMinutes).amount;
}

function feeLine(kind: "cancellation" | "no_show", base: number, percent: number): ChargeLine {
  const amount = divideRounded(base * percent, 100, "round");
  return { kind, quantityMilli: 1000, unit: "item", unitPrice: amount, amount };
}

/** The lines of a recorded session: instrument time and staff time, or the no-show fee. Zero lines are left out. */
export function sessionCharges(policy: BillingPolicy, facts: SessionFacts): ChargeLine[] {
  if (facts.outcome === "no_show") {
    const fee = feeLine("no_show", bookedTimePrice(policy, facts.booked, facts.hourlyRate), policy.noShowPercent);
    return fee.amount > 0 ? [fee] : [];
  }
  const used = policy.billsBookedTime || !facts.actual ? facts.booked : facts.actual;
  const lines = [timeLine("instrument_time", (used.end - used.start) / MINUTE, facts.hourlyRate, policy.billingUnitMinutes)];
  if (facts.assistanceType !== "none" && facts.staffMinutes > 0) {
    lines.push({ ...timeLine("staff_time", facts.staffMinutes, facts.staffRate, policy.billingUnitMinutes), assistanceType: facts.assistanceType });
  }
  return lines.filter((line) => line.amount > 0);
}

/**
 * The fee for a company cancelling at `now`: none until `freeCancellationHours` before the start, then the
 * percentage of the booked instrument time. Cancellations by the facility never reach this function.
 */
export function cancellationCharge(policy: BillingPolicy, booked: { start: number; end: number }, hourlyRate: number, now: number): ChargeLine | null {
  if (booked.start - now >= policy.freeCancellationHours * 3_600_000) return null;
  const fee = feeLine("cancellation", bookedTimePrice(policy, booked, hourlyRate), policy.lateCancellationPercent);
  return fee.amount > 0 ? fee : null;
}
