import type { AssistanceType, CustomerType } from "../enums";
import type { Rates } from "../schemas/instruments";
import type { Interval } from "../time/intervals";

const HOUR = 3_600_000;

export interface PriceEstimate {
  hours: number;
  hourlyRate: number;
  assistancePerHour: number;
  /** Yen, rounded once for the whole booking. */
  total: number;
}

/**
 * Which of an instrument's rates a customer type pays. `other` (neither SME, large company nor academic/public)
 * pays the large-company rate, the one without a public subsidy, until the coordinator sets a type that pays less.
 */
export const RATE_OF: Record<CustomerType, "academic" | "company" | "sme"> = { sme: "sme", company: "company", academic: "academic", other: "company" };

/** The hourly rate a customer type pays on these rates. */
export function hourlyRateOf(rates: Rates, customerType: CustomerType): number {
  return rates[RATE_OF[customerType]];
}

/**
 * The price of a booking in yen: the customer type's hourly rate, plus the assistance rate when staff are present,
 * for the booked hours. The client shows it before booking; the server stores it on the reservation.
 */
export function estimatePrice(rates: Rates, customerType: CustomerType, interval: Interval, assistance: AssistanceType): PriceEstimate {
  const hours = (interval.end - interval.start) / HOUR;
  const hourlyRate = hourlyRateOf(rates, customerType);
  const assistancePerHour = assistance === "none" ? 0 : rates.assistancePerHour;
  return { hours, hourlyRate, assistancePerHour, total: Math.round(hours * (hourlyRate + assistancePerHour)) };
}
