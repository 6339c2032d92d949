import type { AssistanceType, CustomerType, Rates } from "../../../../shared";

const HOUR = 3_600_000;

export interface PriceEstimate {
  hours: number;
  hourlyRate: number;
  assistancePerHour: number;
  total: number;
}

/**
 * The estimate shown before booking, computed like the server's (customer's hourly rate, plus the assistance
 * fee when staff are present, rounded to the yen). The server's figure on the reservation is the binding one.
 */
export function estimatePrice(rates: Rates, customerType: CustomerType, start: string, end: string, assistance: AssistanceType): PriceEstimate {
  const hours = (Date.parse(end) - Date.parse(start)) / HOUR;
  const hourlyRate = rates[customerType];
  const assistancePerHour = assistance === "none" ? 0 : rates.assistancePerHour;
  return { hours, hourlyRate, assistancePerHour, total: Math.round(hours * (hourlyRate + assistancePerHour)) };
}
