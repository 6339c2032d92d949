import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "./common";
import { text } from "./text";

/** The programme's years: 2026年度 runs from 2026-04-01 to 2027-03-31 in each institution's zone. */
export const FISCAL_YEAR_MIN = 2000;
export const FISCAL_YEAR_MAX = 2100;
/** A custom range covers at most this many days (five fiscal years). */
export const REPORT_MAX_DAYS = 5 * 366;

export const REPORT_GROUPS = ["month", "quarter", "institution", "instrument", "category", "customerType", "prefecture"] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

const FiscalYearSchema = z.coerce.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX);

/** A fiscal year, or a custom range of local dates (both inclusive); neither means the current fiscal year. */
const PeriodQuery = z.object({
  fiscalYear: FiscalYearSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const checkPeriod = (query: z.infer<typeof PeriodQuery>, ctx: z.RefinementCtx) => {
  if (query.fiscalYear !== undefined && (query.from !== undefined || query.to !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["fiscalYear"], message: "Give either fiscalYear or from and to, not both" });
  }
  if ((query.from === undefined) !== (query.to === undefined)) {
    ctx.addIssue({ code: "custom", path: [query.from === undefined ? "from" : "to"], message: "A custom range needs both from and to" });
  }
  if (query.from && query.to) {
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" });
    if (days >= REPORT_MAX_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `A range covers at most ${REPORT_MAX_DAYS} days` });
  }
};

/** The language of an export's headings and labels; without it, the requester's. */
const ExportLanguage = z.enum(["ja", "en"]).optional();

export const UsageReportQuerySchema = PeriodQuery.extend({
  institutionId: IdSchema.optional(),
  lang: ExportLanguage,
  groupBy: z.enum(REPORT_GROUPS).default("month"),
}).superRefine(checkPeriod);
export type UsageReportQuery = z.output<typeof UsageReportQuerySchema>;

export const ProgrammeReportQuerySchema = z.object({ fiscalYear: FiscalYearSchema.optional(), institutionId: IdSchema.optional(), lang: ExportLanguage });
export type ProgrammeReportQuery = z.output<typeof ProgrammeReportQuerySchema>;

const minutes = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

/**
 * What a report row counts. `…Actual` comes from recorded sessions, `…Planned` from bookings (pending, confirmed,
 * completed and no-show). Minutes and counts add up over rows; company counts are distinct within their row
 * (a company served in two months counts once in the year). Null: not measurable for this row, or not recorded
 * by the system yet (advice time, revenue).
 */
export const UsageMeasuresSchema = z.object({
  useMinutesActual: minutes,
  useMinutesPlanned: minutes,
  openMinutes: minutes.nullable(),
  utilisationActual: z.number().nullable(),
  utilisationPlanned: z.number().nullable(),
  staffOperationMinutesActual: minutes,
  staffOperationMinutesPlanned: minutes,
  staffTrainingMinutesActual: minutes,
  staffTrainingMinutesPlanned: minutes,
  staffConsultationMinutesActual: minutes,
  staffConsultationMinutesPlanned: minutes,
  staffAdviceMinutes: minutes.nullable(),
  companiesActual: count,
  companiesPlanned: count,
  smeCompaniesActual: count,
  smeCompaniesPlanned: count,
  newCompanies: count,
  returningCompanies: count,
  inRegionCompanies: count,
  outsideRegionCompanies: count,
  bookings: count,
  completedSessions: count,
  trainingSessions: count,
  cancelledByCompany: count,
  cancelledByFacility: count,
  rejected: count,
  noShows: count,
  qualificationsGranted: count,
  unstaffedRequests: count,
  declinedRequests: count,
  revenueYen: z.number().int().nullable(),
});
export type UsageMeasures = z.infer<typeof UsageMeasuresSchema>;
export type UsageMeasure = keyof UsageMeasures;

/** Measures that count distinct companies: a total is not the sum of its rows. */
export const DISTINCT_MEASURES = [
  "companiesActual", "companiesPlanned", "smeCompaniesActual", "smeCompaniesPlanned",
  "newCompanies", "returningCompanies", "inRegionCompanies", "outsideRegionCompanies",
] as const satisfies readonly UsageMeasure[];

export const ReportPeriodSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  fiscalYear: z.number().int().nullable(),
});
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

export const UsageRowSchema = z.object({ key: text(), label: LocalizedTextSchema, measures: UsageMeasuresSchema });
export type UsageRow = z.infer<typeof UsageRowSchema>;

export const UsageReportSchema = z.object({
  period: ReportPeriodSchema,
  institutionId: z.number().int().nullable(),
  groupBy: z.enum(REPORT_GROUPS),
  rows: z.array(UsageRowSchema),
  totals: UsageMeasuresSchema,
  previous: z.object({ period: ReportPeriodSchema, totals: UsageMeasuresSchema }),
});
export type UsageReport = z.infer<typeof UsageReportSchema>;

export const ProgrammeRowSchema = z.object({
  institutionId: z.number().int().nullable(),
  name: LocalizedTextSchema,
  instrumentsOffered: count,
  companiesServed: count,
  smeCompanies: count,
  useMinutes: minutes,
  supportMinutes: minutes,
  trainings: count,
  qualificationsGranted: count,
  revenueYen: z.number().int().nullable(),
});
export type ProgrammeRow = z.infer<typeof ProgrammeRowSchema>;

export const ProgrammeReportSchema = z.object({
  period: ReportPeriodSchema,
  rows: z.array(ProgrammeRowSchema),
  totals: ProgrammeRowSchema,
  previousTotals: ProgrammeRowSchema,
});
export type ProgrammeReport = z.infer<typeof ProgrammeReportSchema>;
