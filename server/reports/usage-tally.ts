import type { UsageMeasure, UsageMeasures } from "../../shared/schemas/reports";
import { DISTINCT_MEASURES } from "../../shared/schemas/reports";
import { isSme } from "./customer-facts";
import type { CompanyFacts } from "./report-rows";

type Distinct = (typeof DISTINCT_MEASURES)[number];
type Derived = "openMinutes" | "utilisationActual" | "utilisationPlanned" | "staffAdviceMinutes" | "revenueYen";
/** Measures that add up: minutes and counts. */
export type AdditiveMeasure = Exclude<UsageMeasure, Distinct | Derived>;

const ADDITIVE: readonly AdditiveMeasure[] = [
  "useMinutesActual", "useMinutesPlanned",
  "staffOperationMinutesActual", "staffOperationMinutesPlanned", "staffTrainingMinutesActual", "staffTrainingMinutesPlanned",
  "staffConsultationMinutesActual", "staffConsultationMinutesPlanned",
  "bookings", "completedSessions", "trainingSessions", "cancelledByCompany", "cancelledByFacility", "rejected", "noShows",
  "qualificationsGranted", "unstaffedRequests", "declinedRequests",
];

/** What one report row has counted so far: sums, the companies seen (actual and planned) and the opening time. */
export class Tally {
  readonly sums = Object.fromEntries(ADDITIVE.map((m) => [m, 0])) as Record<AdditiveMeasure, number>;
  readonly served = new Set<number>();
  readonly booked = new Set<number>();
  openMinutes: number | null = null;

  add(measure: AdditiveMeasure, amount: number): void {
    this.sums[measure] += amount;
  }

  addOpen(minutes: number): void {
    this.openMinutes = (this.openMinutes ?? 0) + minutes;
  }

  merge(other: Tally): void {
    for (const measure of ADDITIVE) this.sums[measure] += other.sums[measure];
    for (const id of other.served) this.served.add(id);
    for (const id of other.booked) this.booked.add(id);
    if (other.openMinutes !== null) this.addOpen(other.openMinutes);
  }
}

/** What the measures need to know of companies: their facts, who had come before the period, the region. */
export interface CompanyContext {
  facts: Map<number, CompanyFacts>;
  returning: Set<number>;
  region: Set<string>;
}

const percent = (part: number, whole: number | null): number | null => (whole ? Math.round((part / whole) * 1000) / 10 : null);

function countWhere(ids: Set<number>, test: (id: number) => boolean): number {
  let n = 0;
  for (const id of ids) if (test(id)) n += 1;
  return n;
}

/** The row's measures, from its tally. */
export function measuresOf(tally: Tally, companies: CompanyContext, revenueYen: number | null, adviceMinutes: number): UsageMeasures {
  const sme = (id: number) => isSme(companies.facts.get(id)!);
  const prefecture = (id: number) => companies.facts.get(id)?.prefecture ?? null;
  const open = tally.openMinutes;
  return {
    ...tally.sums,
    openMinutes: open,
    utilisationActual: percent(tally.sums.useMinutesActual, open),
    utilisationPlanned: percent(tally.sums.useMinutesPlanned, open),
    staffAdviceMinutes: adviceMinutes,
    companiesActual: tally.served.size,
    companiesPlanned: tally.booked.size,
    smeCompaniesActual: countWhere(tally.served, sme),
    smeCompaniesPlanned: countWhere(tally.booked, sme),
    newCompanies: countWhere(tally.served, (id) => !companies.returning.has(id)),
    returningCompanies: countWhere(tally.served, (id) => companies.returning.has(id)),
    inRegionCompanies: countWhere(tally.served, (id) => prefecture(id) !== null && companies.region.has(prefecture(id)!)),
    outsideRegionCompanies: countWhere(tally.served, (id) => prefecture(id) !== null && !companies.region.has(prefecture(id)!)),
    revenueYen,
  };
}
