import type { EntityManager } from "typeorm";
import type { CustomerType } from "../../shared/enums";
import type { ReportPeriod } from "../../shared/schemas/reports";

/**
 * The customer type a report counts a company under. Today the type the company declared (`company.customerType`);
 * once companies carry a verified type and size, read it here and every report follows.
 */
export function customerTypeOf(company: { customerType: CustomerType }): CustomerType {
  return company.customerType;
}

export const isSme = (company: { customerType: CustomerType }): boolean => customerTypeOf(company) === "sme";

/**
 * Revenue per report row key, or null while the system records no charges. When invoicing exists, sum the
 * charges of the period here (by the same row keys as the usage rows) and the reports show it without other change.
 */
export async function loadRevenue(_em: EntityManager, _scope: { institutionId: number | null; period: ReportPeriod }): Promise<RevenueLookup | null> {
  return null;
}

/** Revenue of one row: its keys are the report's row keys, `total` the whole period. */
export type RevenueLookup = (rowKey: string | "total") => number;

/** Minutes of advice given outside bookings, or null while the system records none (a future intake records them). */
export function adviceMinutes(): number | null {
  return null;
}
