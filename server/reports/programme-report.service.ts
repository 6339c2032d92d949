import type { Database } from "../platform/db/database";
import type { ProgrammeReport, ProgrammeRow, UsageMeasures } from "../../shared/schemas/reports";
import { fiscalYearOf } from "../../shared/time/fiscal-year";
import { fiscalYearPeriod, PROGRAMME_ZONE } from "./report-period";
import { measurePeriod } from "./usage-report.service";
import { DateTime } from "luxon";

const TOTAL_LABEL = { ja: "合計", en: "Total" };

function programmeRow(institutionId: number | null, name: ProgrammeRow["name"], instrumentsOffered: number, m: UsageMeasures): ProgrammeRow {
  return {
    institutionId,
    name,
    instrumentsOffered,
    companiesServed: m.companiesActual,
    smeCompanies: m.smeCompaniesActual,
    useMinutes: m.useMinutesActual,
    supportMinutes: m.staffOperationMinutesActual + m.staffTrainingMinutesActual + m.staffConsultationMinutesActual + (m.staffAdviceMinutes ?? 0),
    trainings: m.trainingSessions,
    qualificationsGranted: m.qualificationsGranted,
    revenueYen: m.revenueYen,
  };
}

/**
 * `GET /api/reports/programme`: the programme office's annual table, one row per institution, from recorded
 * sessions (what happened): instruments offered (not retired), companies served and SMEs among them (distinct in
 * the total), hours of use and of staff support, training sessions, qualifications granted and revenue.
 */
export async function programmeReport(db: Database, institutionId: number | null, fiscalYear: number | undefined, now: number): Promise<ProgrammeReport> {
  const year = fiscalYear ?? fiscalYearOf(DateTime.fromMillis(now, { zone: PROGRAMME_ZONE }).toISODate()!);
  const current = await measurePeriod(db, institutionId, fiscalYearPeriod(year), "institution");
  const previous = await measurePeriod(db, institutionId, fiscalYearPeriod(year - 1), "institution");
  const offered = (institution: number | null) =>
    [...current.data.instruments.values()].filter((i) => i.status !== "retired" && (institution === null || i.institutionId === institution)).length;
  const rows = current.rows.map((row) => {
    const institution = current.data.institutions.find((i) => String(i.id) === row.key)!;
    return programmeRow(institution.id, { ja: institution.nameJa, en: institution.nameEn }, offered(institution.id), row.measures);
  });
  return {
    period: fiscalYearPeriod(year),
    rows,
    totals: programmeRow(null, TOTAL_LABEL, offered(null), current.totals),
    previousTotals: programmeRow(null, TOTAL_LABEL, offered(null), previous.totals),
  };
}
