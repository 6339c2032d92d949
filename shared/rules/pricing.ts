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
 * The price of a booking in yen: the customer type's hourly rate, plus the assistance rate when staff are present,
 * for the booked hours. The client shows it before booking; the server stores it on the reservation.
 */
export function estimatePrice(rates: Rates, customerType: CustomerType, interval: Interval, assistance: AssistanceType): PriceEstimate {
  const hours = (interval.end - interval.start) / HOUR;
  const hourlyRate = rates[customerType];
  const assistancePerHour = assistance === "none" ? 0 : rates.assistancePerHour;
  return { hours, hourlyRate, assistancePerHour, total: Math.round(hours * (hourlyRate + assistancePerHour)) };
}
