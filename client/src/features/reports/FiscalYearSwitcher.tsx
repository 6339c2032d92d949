import { useId } from "react";
import { useTranslation } from "react-i18next";
import { WS } from "../../i18n/workspace";
import { fiscalYearChoices } from "./report-format";

/** A choice of fiscal year (2026年度 / FY2026): this one and the five before. */
export function FiscalYearSwitcher({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation(WS);
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t("reports.fiscalYearLabel")}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))} data-testid="fiscal-year">
        {fiscalYearChoices().map((year) => (
          <option key={year} value={year}>{t("reports.fiscalYear", { year })}</option>
        ))}
      </select>
    </div>
  );
}
