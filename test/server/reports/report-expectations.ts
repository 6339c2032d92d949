import { DISTINCT_MEASURES, type UsageMeasures, type UsageReport } from "../../../shared/schemas/reports";

/**
 * A report's totals are the sums of its rows, but for the measures that count distinct companies (a company served in
 * two months counts once in the year) and utilisation (a ratio): those are at most the sum.
 */
export function expectTotalsAreSums(report: UsageReport): void {
  const distinct = new Set<string>(DISTINCT_MEASURES);
  for (const [measure, total] of Object.entries(report.totals)) {
    if (distinct.has(measure) || measure.startsWith("utilisation") || total === null) continue;
    const values = report.rows.map((r) => r.measures[measure as keyof UsageMeasures]);
    if (values.every((v) => v === null)) continue;
    expect([measure, values.reduce<number>((sum, v) => sum + (v ?? 0), 0)]).toEqual([measure, total]);
  }
  for (const measure of DISTINCT_MEASURES) {
    expect(report.totals[measure]).toBeLessThanOrEqual(report.rows.reduce((sum, r) => sum + r.measures[measure], 0));
  }
}
