import { Router, type Request, type Response } from "express";
import { ProgrammeReportQuerySchema, UsageReportQuerySchema } from "../../shared/schemas/reports";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { programmeReport } from "./programme-report.service";
import { toCsv, toXlsx } from "./report-export";
import { programmeTable, usageTable, type ReportTable } from "./report-tables";
import { reportScope } from "./reports.policy";
import { usageReport } from "./usage-report.service";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Format = "json" | "csv" | "xlsx";

async function send(res: Response, format: Exclude<Format, "json">, table: ReportTable, filename: string): Promise<void> {
  res.attachment(`${filename}.${format}`);
  res.setHeader("Cache-Control", "no-store");
  if (format === "csv") res.type("text/csv; charset=utf-8").send(toCsv(table));
  else res.type(XLSX_TYPE).send(await toXlsx(table));
}

/** Programme reports (mounted at /reports): JSON, and each table as CSV (UTF-8 with BOM) and Excel. */
export function reportRoutes(ctx: AppContext): Router {
  const router = Router();

  const usage = (format: Format) => async (req: Request, res: Response) => {
    const user = currentUser(req);
    const query = parse(UsageReportQuerySchema, req.query);
    const scope = reportScope(user, query.institutionId);
    const report = await usageReport(ctx.db, scope, query, ctx.clock.now());
    if (format === "json") res.json(report);
    else await send(res, format, usageTable(report, requestLocale(req)), `usage-${report.period.from}-${report.period.to}-${report.groupBy}`);
  };

  const programme = (format: Format) => async (req: Request, res: Response) => {
    const user = currentUser(req);
    const query = parse(ProgrammeReportQuerySchema, req.query);
    const scope = reportScope(user, query.institutionId);
    const report = await programmeReport(ctx.db, scope, query.fiscalYear, ctx.clock.now());
    if (format === "json") res.json(report);
    else await send(res, format, programmeTable(report, requestLocale(req)), `programme-FY${report.period.fiscalYear}`);
  };

  for (const format of ["json", "csv", "xlsx"] as const) {
    const suffix = format === "json" ? "" : `.${format}`;
    router.get(`/usage${suffix}`, usage(format));
    router.get(`/programme${suffix}`, programme(format));
  }
  return router;
}
