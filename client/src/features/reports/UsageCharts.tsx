import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UsageReport } from "../../../../shared/schemas/reports";
import { WS } from "../../i18n/workspace";

const ACTUAL = "#1f5f99";
const PLANNED = "#9bbbd9";

/**
 * The report's charts (recharts, loaded only with this module): hours of use per row, actual against planned;
 * then utilisation where rows have opening hours (months, instruments…), else companies served (customer
 * types, prefectures).
 */
export default function UsageCharts({ report }: { report: UsageReport }) {
  const { t, i18n } = useTranslation(WS);
  const locale = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const data = report.rows.map((row) => ({
    name: row.label[locale],
    actual: Math.round(row.measures.useMinutesActual / 6) / 10,
    planned: Math.round(row.measures.useMinutesPlanned / 6) / 10,
    utilisation: row.measures.utilisationActual ?? 0,
    companies: row.measures.companiesActual,
    sme: row.measures.smeCompaniesActual,
  }));
  const byCompany = report.rows.every((row) => row.measures.openMinutes === null);
  return (
    <div className="report-charts">
      <figure>
        <figcaption>{t("reports.report.chartHours")}</figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" fontSize={11} />
            <YAxis fontSize={11} />
            <Tooltip />
            <Legend />
            <Bar dataKey="actual" name={t("reports.actual")} fill={ACTUAL} isAnimationActive={false} />
            <Bar dataKey="planned" name={t("reports.planned")} fill={PLANNED} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>{byCompany ? t("reports.report.chartCompanies") : t("reports.report.chartUtilisation")}</figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" fontSize={11} />
            <YAxis fontSize={11} />
            <Tooltip />
            {byCompany
              ? [<Bar key="c" dataKey="companies" name={t("reports.dashboard.companies")} fill={ACTUAL} isAnimationActive={false} />,
                 <Bar key="s" dataKey="sme" name={t("reports.programme.sme")} fill={PLANNED} isAnimationActive={false} />]
              : <Bar dataKey="utilisation" name={t("reports.report.chartUtilisation")} fill={ACTUAL} isAnimationActive={false} />}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
