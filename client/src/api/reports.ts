import { ProgrammeReportSchema, UsageReportSchema, type ReportGroup } from "../../../shared/schemas/reports";
import { apiUrl, request } from "./http";

export interface UsageQuery {
  fiscalYear?: number;
  from?: string;
  to?: string;
  groupBy: ReportGroup;
  institutionId?: number;
}

/** Programme reports (README "Reports"): JSON for the pages, CSV and Excel addresses for the download links. */
export const reportsApi = {
  usage: (query: UsageQuery) => request("/reports/usage", UsageReportSchema, { query: { ...query } }),
  programme: (fiscalYear: number) => request("/reports/programme", ProgrammeReportSchema, { query: { fiscalYear } }),
  usageFile: (format: "csv" | "xlsx", query: UsageQuery) => apiUrl(`/reports/usage.${format}`, { ...query }),
  programmeFile: (format: "csv" | "xlsx", fiscalYear: number) => apiUrl(`/reports/programme.${format}`, { fiscalYear }),
};
