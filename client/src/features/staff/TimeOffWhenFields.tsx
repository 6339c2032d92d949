import { useTranslation } from "react-i18next";
import { Field } from "../../ui/Field";
import type { FieldErrors } from "../../lib/form-errors";
import { WS } from "../../i18n/workspace";

export type TimeOffKind = "days" | "hours";
export interface TimeOffWhen { startDate: string; endDate: string; date: string; from: string; to: string }
export const EMPTY_WHEN: TimeOffWhen = { startDate: "", endDate: "", date: "", from: "13:00", to: "17:00" };

interface Props {
  kind: TimeOffKind;
  when: TimeOffWhen;
  errors: FieldErrors;
  onKind: (kind: TimeOffKind) => void;
  onChange: (patch: Partial<TimeOffWhen>) => void;
}

/** Whole days (first and last day) or some hours of one day. */
export function TimeOffWhenFields({ kind, when, errors, onKind, onChange }: Props) {
  const { t } = useTranslation(WS);
  const endError = errors.end ? { key: "endAfterStart" } : undefined;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t("timeOff.kind")}>
        {(["days", "hours"] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={kind === k} onClick={() => onKind(k)}>{t(`timeOff.kinds.${k}`)}</button>
        ))}
      </div>
      {kind === "days" ? (
        <div className="form-grid">
          <Field label={t("timeOff.startDate")} error={errors.startDate ?? errors.form}><input type="date" value={when.startDate} onChange={(e) => onChange({ startDate: e.target.value })} /></Field>
          <Field label={t("timeOff.endDate")} hint={t("timeOff.endDateHint")} error={endError}><input type="date" value={when.endDate} min={when.startDate} onChange={(e) => onChange({ endDate: e.target.value })} /></Field>
        </div>
      ) : (
        <div className="form-grid">
          <Field label={t("timeOff.date")} error={errors.date}><input type="date" value={when.date} onChange={(e) => onChange({ date: e.target.value })} /></Field>
          <Field label={t("timeOff.from")}><input type="time" step={300} value={when.from} onChange={(e) => onChange({ from: e.target.value })} /></Field>
          <Field label={t("timeOff.to")} error={endError}><input type="time" step={300} value={when.to} onChange={(e) => onChange({ to: e.target.value })} /></Field>
        </div>
      )}
    </>
  );
}
