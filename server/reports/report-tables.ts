import type { Locale } from "../../shared/enums";
import type { ProgrammeReport, ProgrammeRow, UsageMeasure, UsageReport } from "../../shared/schemas/reports";

export type Cell = string | number | null;
/** A report table as exported: a title, column headings and rows of plain values, in one language. */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: Cell[][];
}

type Label = { ja: string; en: string };
const hours = (minutes: number | null): number | null => (minutes === null ? null : Math.round((minutes / 60) * 100) / 100);

/** Export columns of the usage report: minutes become hours. */
const USAGE_COLUMNS: Array<[UsageMeasure, Label, "hours" | "plain"]> = [
  ["useMinutesActual", { ja: "利用時間（実績・時間）", en: "Hours of use (actual)" }, "hours"],
  ["useMinutesPlanned", { ja: "利用時間（予約・時間）", en: "Hours of use (planned)" }, "hours"],
  ["openMinutes", { ja: "開館時間（時間）", en: "Opening hours" }, "hours"],
  ["utilisationActual", { ja: "稼働率（実績・%）", en: "Utilisation (actual, %)" }, "plain"],
  ["utilisationPlanned", { ja: "稼働率（予約・%）", en: "Utilisation (planned, %)" }, "plain"],
  ["staffOperationMinutesActual", { ja: "技術代行（実績・時間）", en: "Staff operation hours (actual)" }, "hours"],
  ["staffOperationMinutesPlanned", { ja: "技術代行（予約・時間）", en: "Staff operation hours (planned)" }, "hours"],
  ["staffTrainingMinutesActual", { ja: "技術職員 トレーニング（実績・時間）", en: "Staff training hours (actual)" }, "hours"],
  ["staffTrainingMinutesPlanned", { ja: "技術職員 トレーニング（予約・時間）", en: "Staff training hours (planned)" }, "hours"],
  ["staffConsultationMinutesActual", { ja: "技術職員 技術相談（実績・時間）", en: "Staff consultation hours (actual)" }, "hours"],
  ["staffConsultationMinutesPlanned", { ja: "技術職員 技術相談（予約・時間）", en: "Staff consultation hours (planned)" }, "hours"],
  ["staffAdviceMinutes", { ja: "技術指導・相談窓口（時間）", en: "Advice hours (consultation desk)" }, "hours"],
  ["companiesActual", { ja: "利用企業数（実績）", en: "Companies served (actual)" }, "plain"],
  ["smeCompaniesActual", { ja: "うち中小企業（実績）", en: "of which SMEs (actual)" }, "plain"],
  ["companiesPlanned", { ja: "予約企業数", en: "Companies booked (planned)" }, "plain"],
  ["smeCompaniesPlanned", { ja: "うち中小企業（予約）", en: "of which SMEs (planned)" }, "plain"],
  ["newCompanies", { ja: "新規企業", en: "New companies" }, "plain"],
  ["returningCompanies", { ja: "継続企業", en: "Returning companies" }, "plain"],
  ["inRegionCompanies", { ja: "域内企業", en: "In-region companies" }, "plain"],
  ["outsideRegionCompanies", { ja: "域外企業", en: "Companies from outside the region" }, "plain"],
  ["bookings", { ja: "予約件数", en: "Bookings" }, "plain"],
  ["completedSessions", { ja: "実施件数", en: "Sessions held" }, "plain"],
  ["trainingSessions", { ja: "トレーニング実施件数", en: "Training sessions held" }, "plain"],
  ["cancelledByCompany", { ja: "キャンセル（企業）", en: "Cancelled by the company" }, "plain"],
  ["cancelledByFacility", { ja: "キャンセル（機関）", en: "Cancelled by the facility" }, "plain"],
  ["rejected", { ja: "却下", en: "Declined bookings" }, "plain"],
  ["noShows", { ja: "無断不使用", en: "No-shows" }, "plain"],
  ["qualificationsGranted", { ja: "自己利用資格の付与", en: "Qualifications granted" }, "plain"],
  ["unstaffedRequests", { ja: "担当者不在の支援依頼", en: "Unstaffed assistance requests" }, "plain"],
  ["declinedRequests", { ja: "辞退された支援依頼", en: "Declined assistance requests" }, "plain"],
  ["revenueYen", { ja: "収入（円・税抜）", en: "Revenue (yen, excl. tax)" }, "plain"],
];

const GROUP_LABELS: Record<UsageReport["groupBy"], Label> = {
  month: { ja: "月", en: "Month" }, quarter: { ja: "四半期", en: "Quarter" }, institution: { ja: "機関", en: "Institution" },
  instrument: { ja: "機器", en: "Instrument" }, category: { ja: "分類", en: "Category" }, customerType: { ja: "利用者区分", en: "Customer type" },
  prefecture: { ja: "都道府県", en: "Prefecture" },
};

const periodTitle = (period: UsageReport["period"], locale: Locale) =>
  period.fiscalYear !== null
    ? (locale === "ja" ? `${period.fiscalYear}年度` : `FY${period.fiscalYear}`)
    : `${period.from} – ${period.to}`;

export function usageTable(report: UsageReport, locale: Locale): ReportTable {
  const values = (m: UsageReport["totals"]) => USAGE_COLUMNS.map(([key, , kind]) => (kind === "hours" ? hours(m[key] as number | null) : m[key]));
  return {
    title: locale === "ja" ? `利用実績 ${periodTitle(report.period, locale)}` : `Usage ${periodTitle(report.period, locale)}`,
    columns: [GROUP_LABELS[report.groupBy][locale], ...USAGE_COLUMNS.map(([, label]) => label[locale])],
    rows: [
      ...report.rows.map((row) => [row.label[locale], ...values(row.measures)]),
      [locale === "ja" ? "合計" : "Total", ...values(report.totals)],
    ],
  };
}

const PROGRAMME_COLUMNS: Array<[keyof ProgrammeRow, Label, "hours" | "plain"]> = [
  ["instrumentsOffered", { ja: "共用機器数", en: "Instruments offered" }, "plain"],
  ["companiesServed", { ja: "利用企業数", en: "Companies served" }, "plain"],
  ["smeCompanies", { ja: "うち中小企業", en: "of which SMEs" }, "plain"],
  ["useMinutes", { ja: "利用時間（時間）", en: "Hours of use" }, "hours"],
  ["supportMinutes", { ja: "技術支援時間（時間）", en: "Hours of technical support" }, "hours"],
  ["trainings", { ja: "トレーニング件数", en: "Trainings" }, "plain"],
  ["qualificationsGranted", { ja: "資格付与", en: "Qualifications granted" }, "plain"],
  ["revenueYen", { ja: "収入（円・税抜）", en: "Revenue (yen, excl. tax)" }, "plain"],
];

export function programmeTable(report: ProgrammeReport, locale: Locale): ReportTable {
  const values = (row: ProgrammeRow) => PROGRAMME_COLUMNS.map(([key, , kind]) => (kind === "hours" ? hours(row[key] as number | null) : (row[key] as Cell)));
  return {
    title: locale === "ja" ? `共用プログラム実績表 ${report.period.fiscalYear}年度` : `Programme annual table FY${report.period.fiscalYear}`,
    columns: [locale === "ja" ? "機関" : "Institution", ...PROGRAMME_COLUMNS.map(([, label]) => label[locale])],
    rows: [...report.rows, report.totals].map((row) => [row.name[locale], ...values(row)]),
  };
}
