import { useTranslation } from "react-i18next";
import type { UsageMeasures, UsageReport } from "../../../../shared/schemas/reports";
import { WS } from "../../i18n/workspace";
import { formatHours, formatNumber } from "./report-format";

const COLUMNS = ["use", "open", "utilisation", "staff", "companies", "newReturning", "region", "bookings", "cancellations", "noShows", "qualifications", "unstaffed", "revenue"] as const;

function cells(m: UsageMeasures, locale: string, notAvailable: string): string[] {
  const h = (minutes: number | null) => formatHours(minutes, locale);
  return [
    `${h(m.useMinutesActual)} / ${h(m.useMinutesPlanned)}`,
    h(m.openMinutes),
    `${formatNumber(m.utilisationActual, locale)} / ${formatNumber(m.utilisationPlanned, locale)}`,
    `${h(m.staffOperationMinutesActual)} / ${h(m.staffTrainingMinutesActual)} / ${h(m.staffConsultationMinutesActual)}`,
    `${m.companiesActual} (${m.smeCompaniesActual})`,
    `${m.newCompanies} / ${m.returningCompanies}`,
    `${m.inRegionCompanies} / ${m.outsideRegionCompanies}`,
    String(m.bookings),
    `${m.cancelledByCompany} / ${m.cancelledByFacility}`,
    String(m.noShows),
    String(m.qualificationsGranted),
    `${m.unstaffedRequests} / ${m.declinedRequests}`,
    m.revenueYen === null ? notAvailable : formatNumber(m.revenueYen, locale),
  ];
}

/** A usage report as a table: one row per month, instrument… then the total and last year's total. */
export function UsageTable({ report }: { report: UsageReport }) {
  const { t, i18n } = useTranslation(WS);
  const locale = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const notAvailable = t("reports.notAvailable");
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t("reports.report.title")}>
      <table className="report-table" data-testid="usage-table">
        <caption className="muted">{t("reports.actual")} / {t("reports.planned")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`reports.report.groups.${report.groupBy}`)}</th>
            {COLUMNS.map((column) => <th scope="col" key={column}>{t(`reports.report.columns.${column}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label[locale]}</th>
              {cells(row.measures, locale, notAvailable).map((cell, i) => <td key={COLUMNS[i]}>{cell}</td>)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("reports.report.total")}</th>
            {cells(report.totals, locale, notAvailable).map((cell, i) => <td key={COLUMNS[i]}>{cell}</td>)}
          </tr>
          <tr className="muted">
            <th scope="row">{t("reports.report.previous")}</th>
            {cells(report.previous.totals, locale, notAvailable).map((cell, i) => <td key={COLUMNS[i]}>{cell}</td>)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
