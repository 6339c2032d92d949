import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { ProgrammeRow } from "../../../../shared/schemas/reports";
import { reportKeys } from "../../api/query-keys";
import { reportsApi } from "../../api/reports";
import { WS } from "../../i18n/workspace";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useWorkspace } from "../../lib/use-workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { DownloadLinks } from "./DownloadLinks";
import { FiscalYearSwitcher } from "./FiscalYearSwitcher";
import { currentFiscalYear, formatHours, formatNumber } from "./report-format";
import "./reports.css";

const COLUMNS = ["instruments", "companies", "sme", "use", "support", "trainings", "qualifications", "revenue"] as const;

function cells(row: ProgrammeRow, locale: string, notAvailable: string): string[] {
  return [
    String(row.instrumentsOffered), String(row.companiesServed), String(row.smeCompanies),
    formatHours(row.useMinutes, locale), formatHours(row.supportMinutes, locale),
    String(row.trainings), String(row.qualificationsGranted),
    row.revenueYen === null ? notAvailable : formatNumber(row.revenueYen, locale),
  ];
}

/** The programme's annual table, one page to print or save as PDF (print CSS hides the rest of the app). */
export default function ProgrammePage() {
  const { t, i18n } = useTranslation(WS);
  const { language } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const fiscalYear = Number(params.get("fy")) || currentFiscalYear();
  usePageTitle(`${t("reports.programme.title")} ${t("reports.fiscalYear", { year: fiscalYear })}`);
  const report = useQuery({ queryKey: reportKeys.programme(fiscalYear, language), queryFn: () => reportsApi.programme(fiscalYear) });
  const locale = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const notAvailable = t("reports.notAvailable");
  return (
    <section className="page programme-page">
      <div className="page-head">
        <h1>{t("reports.programme.title")} <span data-testid="programme-year">{t("reports.fiscalYear", { year: fiscalYear })}</span></h1>
        <p className="muted">{t("reports.programme.intro")}</p>
      </div>
      <div className="report-controls no-print">
        <FiscalYearSwitcher value={fiscalYear} onChange={(year) => setParams({ fy: String(year) }, { replace: true })} />
        <DownloadLinks fileOf={(format) => reportsApi.programmeFile(format, fiscalYear)} />
        <button type="button" className="button button-secondary" onClick={() => window.print()}>{t("reports.programme.print")}</button>
      </div>
      {report.isPending && <Loading />}
      {report.isError && <Alert kind="error">{errorMessage(report.error, t)}</Alert>}
      {report.data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("reports.programme.title")}>
          <table className="report-table programme-table" data-testid="programme-table">
            <thead>
              <tr>
                <th scope="col">{t("reports.programme.institution")}</th>
                {COLUMNS.map((column) => <th scope="col" key={column}>{t(`reports.programme.${column}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {report.data.rows.map((row) => (
                <tr key={row.institutionId}>
                  <th scope="row">{row.name[locale]}</th>
                  {cells(row, locale, notAvailable).map((cell, i) => <td key={COLUMNS[i]}>{cell}</td>)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{report.data.totals.name[locale]}</th>
                {cells(report.data.totals, locale, notAvailable).map((cell, i) => <td key={COLUMNS[i]}>{cell}</td>)}
              </tr>
              <tr className="muted">
                <th scope="row">{t("reports.programme.previousTotal")}</th>
                {cells(report.data.previousTotals, locale, notAvailable).map((cell, i) => <td key={COLUMNS[i]}>{cell}</td>)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
