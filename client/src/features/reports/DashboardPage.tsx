import { useQuery } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { UsageReport } from "../../../../shared/schemas/reports";
import { assistanceKeys, reportKeys, reservationKeys } from "../../api/query-keys";
import { reportsApi, type UsageQuery } from "../../api/reports";
import { workspaceApi } from "../../api/workspace";
import { WS } from "../../i18n/workspace";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useWorkspace } from "../../lib/use-workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { FiscalYearSwitcher } from "./FiscalYearSwitcher";
import { currentFiscalYear, formatHours, formatNumber, formatShare } from "./report-format";
import "./reports.css";

/** The current fiscal year so far (compared with the same days a year before), or a whole past one. */
function dashboardQuery(fiscalYear: number): UsageQuery {
  const today = DateTime.now().setZone("Asia/Tokyo");
  if (fiscalYear !== currentFiscalYear(today)) return { fiscalYear, groupBy: "instrument" };
  return { from: `${fiscalYear}-04-01`, to: today.toISODate()!, groupBy: "instrument" };
}

/** The coordinator's landing page: the region's year at a glance, with links into each figure. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation(WS);
  const { language } = useWorkspace();
  usePageTitle(t("reports.dashboard.title"));
  const [fiscalYear, setFiscalYear] = useState(currentFiscalYear);
  const query = dashboardQuery(fiscalYear);
  const report = useQuery({ queryKey: reportKeys.usage(query, language), queryFn: () => reportsApi.usage(query) });
  const pending = useQuery({ queryKey: reservationKeys.pending(language), queryFn: workspaceApi.pending });
  const unstaffed = useQuery({ queryKey: assistanceKeys.list("unstaffed", false, language), queryFn: () => workspaceApi.assistance("unstaffed", false) });
  const locale = i18n.resolvedLanguage === "en" ? "en" : "ja";
  return (
    <section className="page dashboard-page">
      <div className="page-head">
        <h1>{t("reports.dashboard.title")}</h1>
        <p className="muted">{t("reports.dashboard.intro")}</p>
      </div>
      <div className="report-controls">
        <FiscalYearSwitcher value={fiscalYear} onChange={setFiscalYear} />
        {report.data && <p className="muted" data-testid="dashboard-period">{t("reports.soFar", { from: report.data.period.from, to: report.data.period.to })}</p>}
      </div>
      {report.isPending && <Loading />}
      {report.isError && <Alert kind="error">{errorMessage(report.error, t)}</Alert>}
      {report.data && <Figures report={report.data} locale={locale} />}
      <div className="dashboard-cards">
        <article className="dashboard-card">
          <h2>{t("reports.dashboard.pending")}</h2>
          <p className="dashboard-figure" data-testid="pending-count">{pending.data?.total ?? "…"}</p>
          <Link to="/workspace/approvals">{t("reports.dashboard.open")}</Link>
        </article>
        <article className="dashboard-card">
          <h2>{t("reports.dashboard.unstaffed")}</h2>
          <p className="dashboard-figure" data-testid="unstaffed-count">{unstaffed.data?.length ?? "…"}</p>
          <Link to="/workspace/requests">{t("reports.dashboard.open")}</Link>
        </article>
      </div>
      <p className="dashboard-links">
        <Link to={`/workspace/reports?fy=${fiscalYear}`}>{t("reports.dashboard.reports")}</Link>
        <Link to={`/workspace/programme?fy=${fiscalYear}`}>{t("reports.dashboard.programme")}</Link>
      </p>
    </section>
  );
}

function Figures({ report, locale }: { report: UsageReport; locale: "ja" | "en" }) {
  const { t } = useTranslation(WS);
  const { totals, previous } = report;
  const ranked = report.rows.filter((row) => row.measures.openMinutes).sort((a, b) => (b.measures.utilisationActual ?? 0) - (a.measures.utilisationActual ?? 0));
  const hours = (minutes: number) => t("reports.hoursUnit", { hours: formatHours(minutes, locale) });
  return (
    <>
      <div className="dashboard-cards">
        <article className="dashboard-card">
          <h2>{t("reports.dashboard.hours")}</h2>
          <p className="dashboard-figure" data-testid="hours-figure">{hours(totals.useMinutesActual)}</p>
          <p className="muted">{t("reports.dashboard.lastYear", { value: hours(previous.totals.useMinutesActual) })}</p>
        </article>
        <article className="dashboard-card">
          <h2>{t("reports.dashboard.companies")}</h2>
          <p className="dashboard-figure" data-testid="companies-figure">{totals.companiesActual}</p>
          <p>{t("reports.dashboard.smeShare", { count: totals.smeCompaniesActual, share: formatShare(totals.smeCompaniesActual, totals.companiesActual, locale) })}</p>
          <p className="muted">{t("reports.dashboard.lastYear", { value: previous.totals.companiesActual })}</p>
        </article>
      </div>
      <div className="dashboard-cards">
        {(["busiest", "idlest"] as const).map((kind) => (
          <article className="dashboard-card" key={kind}>
            <h2>{t(`reports.dashboard.${kind}`)}</h2>
            <ol className="ranked">
              {(kind === "busiest" ? ranked.slice(0, 5) : ranked.slice(-5).reverse()).map((row) => (
                <li key={row.key}>
                  <Link to={`/instruments/${row.key}`}>{row.label[locale]}</Link>{" "}
                  <span className="muted">{t("reports.dashboard.utilisation", { value: formatNumber(row.measures.utilisationActual ?? 0, locale) })}</span>
                </li>
              ))}
            </ol>
          </article>
        ))}
      </div>
    </>
  );
}
