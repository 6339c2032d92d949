import { estimatePrice as priceOf, type AssistanceType, type CustomerType, type PriceEstimate, type Rates } from "../../../../shared";

/** The estimate shown before booking for a slot given as ISO instants (the rule itself is shared with the server). */
export function estimatePrice(rates: Rates, customerType: CustomerType, start: string, end: string, assistance: AssistanceType): PriceEstimate {
  return priceOf(rates, customerType, { start: Date.parse(start), end: Date.parse(end) }, assistance);
}
