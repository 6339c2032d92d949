import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { REPORT_GROUPS, type ReportGroup } from "../../../../shared/schemas/reports";
import { reportKeys } from "../../api/query-keys";
import { reportsApi, type UsageQuery } from "../../api/reports";
import { WS } from "../../i18n/workspace";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useInstitutions } from "../../lib/use-institutions";
import { useWorkspace } from "../../lib/use-workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { DownloadLinks } from "./DownloadLinks";
import { FiscalYearSwitcher } from "./FiscalYearSwitcher";
import { currentFiscalYear } from "./report-format";
import { UsageTable } from "./UsageTable";
import "./reports.css";

// The chart library is loaded with this page only, never with the catalogue.
const UsageCharts = lazy(() => import("./UsageCharts"));

/** Usage by fiscal year with a breakdown, charts and downloads; the coordinator may pick one institution. */
export default function ReportsPage() {
  const { t } = useTranslation(WS);
  const { user, language } = useWorkspace();
  usePageTitle(t("reports.report.title"));
  const [params, setParams] = useSearchParams();
  const fiscalYear = Number(params.get("fy")) || currentFiscalYear();
  const groupBy = (REPORT_GROUPS as readonly string[]).includes(params.get("groupBy") ?? "") ? (params.get("groupBy") as ReportGroup) : "month";
  const institutionId = Number(params.get("institution")) || undefined;
  const query: UsageQuery = { fiscalYear, groupBy, institutionId };
  const report = useQuery({ queryKey: reportKeys.usage(query, language), queryFn: () => reportsApi.usage(query) });
  const change = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === "") next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };
  const groupId = useId();
  return (
    <section className="page report-page">
      <div className="page-head">
        <h1>{t("reports.report.title")}</h1>
        <p className="muted">{t("reports.report.intro")}</p>
      </div>
      <div className="report-controls no-print">
        <FiscalYearSwitcher value={fiscalYear} onChange={(year) => change("fy", year)} />
        <div className="field field-inline">
          <label htmlFor={groupId}>{t("reports.report.groupBy")}</label>
          <select id={groupId} value={groupBy} onChange={(event) => change("groupBy", event.target.value)} data-testid="group-by">
            {REPORT_GROUPS.map((group) => <option key={group} value={group}>{t(`reports.report.groups.${group}`)}</option>)}
          </select>
        </div>
        {user.role === "coordinator" && <InstitutionFilter value={institutionId} onChange={(id) => change("institution", id)} />}
        <DownloadLinks fileOf={(format) => reportsApi.usageFile(format, query)} />
      </div>
      {report.isPending && <Loading />}
      {report.isError && <Alert kind="error">{errorMessage(report.error, t)}</Alert>}
      {report.data && (
        <>
          <Suspense fallback={<p className="muted">{t("reports.report.loadingCharts")}</p>}>
            <UsageCharts report={report.data} />
          </Suspense>
          <UsageTable report={report.data} />
        </>
      )}
    </section>
  );
}

function InstitutionFilter({ value, onChange }: { value: number | undefined; onChange: (id: number | undefined) => void }) {
  const { t } = useTranslation(WS);
  const institutions = useInstitutions();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t("reports.report.groups.institution")}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}>
        <option value="">{t("reports.report.total")}</option>
        {institutions.data?.items.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
      </select>
    </div>
  );
}
