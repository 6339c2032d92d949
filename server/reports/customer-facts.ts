import type { EntityManager } from "typeorm";
import type { CustomerType } from "../../shared/enums";
import { customerTypeAtUse } from "../companies";
import type { ReportPeriod } from "../../shared/schemas/reports";

export const isSme = (company: { customerType: CustomerType }): boolean => customerTypeAtUse(company) === "sme";

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
