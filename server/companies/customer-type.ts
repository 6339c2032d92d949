import type { CustomerType } from "../../shared/enums";

/**
 * The customer type whose rate a company pays at the time of use: the one the coordinator verified, or, while the
 * company is unverified, the one it declared (its bookings then stay pending and their prices provisional). Charges
 * snapshot it and reports count companies under it; both read it here and nowhere else.
 */
export function customerTypeAtUse(company: { customerType: CustomerType }): CustomerType {
  return company.customerType;
}
