import type { Database } from "../platform/db/database";
import type { ReportGroup, ReportPeriod, UsageMeasures, UsageReport, UsageReportQuery } from "../../shared/schemas/reports";
import { loadAdvice } from "./advice";
import { loadRevenue } from "./customer-facts";
import { loadPeriodData, type PeriodData } from "./period-data";
import { comparisonPeriod, resolvePeriod } from "./report-period";
import { labelOf, seedKeys } from "./row-labels";
import { measuresOf, Tally } from "./usage-tally";
import { tallyRows } from "./usage-rows";

export interface GroupedMeasures {
  data: PeriodData;
  rows: Array<{ key: string; measures: UsageMeasures }>;
  totals: UsageMeasures;
}

/** The measures of one period, grouped; totals are the rows added up (companies: the distinct ones of the period). */
export async function measurePeriod(db: Database, institutionId: number | null, period: ReportPeriod, group: ReportGroup): Promise<GroupedMeasures> {
  const data = await loadPeriodData(db, institutionId, period, group);
  const { rows, openMinutes } = tallyRows(data, group, seedKeys(group, data));
  const revenue = await loadRevenue(db.manager, data, institutionId, group);
  const advice = await loadAdvice(db.manager, data, institutionId, group);
  for (const key of [...revenue.keys(), ...advice.keys()]) if (key !== "total" && !rows.has(key)) rows.set(key, new Tally());
  const byCompany = group === "customerType" || group === "prefecture";
  const total = new Tally();
  for (const tally of rows.values()) {
    if (!byCompany && tally.openMinutes === null) tally.openMinutes = 0;
    total.merge(tally);
  }
  total.openMinutes = openMinutes;
  const seeded = new Set(seedKeys(group, data));
  const extra = [...rows.keys()].filter((key) => !seeded.has(key)).sort();
  const keys = [...[...rows.keys()].filter((key) => seeded.has(key)), ...extra];
  return {
    data,
    rows: keys.map((key) => ({ key, measures: measuresOf(rows.get(key)!, data.companies, revenue.get(key) ?? 0, advice.get(key) ?? 0) })),
    totals: measuresOf(total, data.companies, revenue.get("total")!, advice.get("total")!),
  };
}

/** `GET /api/reports/usage`: a period's measures by the asked grouping, with the same period a year before (so far, for the year in progress). */
export async function usageReport(db: Database, institutionId: number | null, query: UsageReportQuery, now: number): Promise<UsageReport> {
  const period = resolvePeriod(query, now);
  const current = await measurePeriod(db, institutionId, period, query.groupBy);
  const before = comparisonPeriod(period, now);
  const previous = await measurePeriod(db, institutionId, before, "institution");
  return {
    period,
    institutionId,
    groupBy: query.groupBy,
    rows: current.rows.map((row) => ({ key: row.key, label: labelOf(query.groupBy, row.key, current.data), measures: row.measures })),
    totals: current.totals,
    previous: { period: before, totals: previous.totals },
  };
}
