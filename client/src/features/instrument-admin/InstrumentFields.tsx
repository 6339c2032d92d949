import { useTranslation } from "react-i18next";
import { CATEGORY_LABELS, INSTRUMENT_CATEGORIES, LIMITS } from "../../../../shared";
import { Field } from "../../ui/Field";
import type { FieldErrors } from "../../lib/form-errors";
import { WS } from "../../i18n/workspace";
import { WeeklyHoursEditor } from "../../ui/WeeklyHoursEditor";
import { checkRows } from "../../ui/weekly-hours-form";
import type { InstrumentForm } from "./instrument-form";

interface Props {
  form: InstrumentForm;
  errors: FieldErrors;
  disabled: boolean;
  onChange: (change: Partial<InstrumentForm>) => void;
}

type SectionProps = Omit<Props, "disabled">;

const RATE_FIELDS = ["rateAcademic", "rateCompany", "rateSme", "rateAssistance"] as const;
/** The server's error path for each rate field. */
const RATE_ERROR_KEYS: Record<(typeof RATE_FIELDS)[number], string> = {
  rateAcademic: "rates.academic",
  rateCompany: "rates.company",
  rateSme: "rates.sme",
  rateAssistance: "rates.assistancePerHour",
};

/** Value and change handler for a text-valued form field, spread onto an input or textarea. */
function textBinder({ form, onChange }: SectionProps) {
  return (key: keyof InstrumentForm) => ({ value: form[key] as string, onChange: (e: { target: { value: string } }) => onChange({ [key]: e.target.value }) });
}

/** Every field an admin keeps about an instrument, grouped as the catalogue shows them. */
export function InstrumentFields({ form, errors, disabled, onChange }: Props) {
  const section = { form, errors, onChange };
  return (
    <fieldset className="instrument-fields" disabled={disabled}>
      <BasicsSection {...section} />

      <SpecsSection {...section} />

      <PlaceSection {...section} />

      <OpeningHoursSection {...section} disabled={disabled} />

      <RulesSection {...section} />

      <ModesAndRatesSection {...section} />
    </fieldset>
  );
}

function BasicsSection(props: SectionProps) {
  const { form, errors, onChange } = props;
  const { t, i18n } = useTranslation(WS);
  const lang = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const text = textBinder(props);
  return (
    <section className="card form-section">
      <h2>{t("editor.basics")}</h2>
      <div className="form-grid form-grid-2">
        <Field label={t("editor.nameJa")} error={errors.nameJa}><input lang="ja" maxLength={LIMITS.nameMaxLength} {...text("nameJa")} /></Field>
        <Field label={t("editor.nameEn")} error={errors.nameEn}><input lang="en" maxLength={LIMITS.nameMaxLength} {...text("nameEn")} /></Field>
      </div>
      <div className="form-grid form-grid-3">
        <Field label={t("editor.category")} error={errors.category}>
          <select value={form.category} onChange={(e) => onChange({ category: e.target.value as InstrumentForm["category"] })}>
            {INSTRUMENT_CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c][lang]}</option>)}
          </select>
        </Field>
        <Field label={t("editor.manufacturer")} error={errors.manufacturer}><input {...text("manufacturer")} /></Field>
        <Field label={t("editor.model")} error={errors.model}><input {...text("model")} /></Field>
      </div>
      <div className="form-grid form-grid-2">
        <Field label={t("editor.descriptionJa")} error={errors.descriptionJa}><textarea lang="ja" rows={6} {...text("descriptionJa")} /></Field>
        <Field label={t("editor.descriptionEn")} error={errors.descriptionEn}><textarea lang="en" rows={6} {...text("descriptionEn")} /></Field>
      </div>
      <Field label={t("editor.keywords")} hint={t("editor.keywordsHint")} error={errors.keywords}><textarea rows={2} {...text("keywords")} /></Field>
    </section>
  );
}

function SpecsSection({ form, errors, onChange }: SectionProps) {
  const { t } = useTranslation(WS);
  return (
    <section className="card form-section">
      <h2>{t("editor.specs")}</h2>
      <table className="spec-editor">
        <thead><tr><th>{t("editor.specLabelJa")}</th><th>{t("editor.specLabelEn")}</th><th>{t("editor.specValue")}</th><th /></tr></thead>
        <tbody>
          {form.specs.map((spec, index) => (
            <tr key={index}>
              {(["ja", "en", "value"] as const).map((part) => (
                <td key={part}>
                  <input aria-label={`${t(part === "value" ? "editor.specValue" : part === "ja" ? "editor.specLabelJa" : "editor.specLabelEn")} ${index + 1}`} value={spec[part]}
                    onChange={(e) => onChange({ specs: form.specs.map((s, i) => (i === index ? { ...s, [part]: e.target.value } : s)) })} />
                </td>
              ))}
              <td><button type="button" className="button-link" aria-label={t("editor.removeSpec", { n: index + 1 })} onClick={() => onChange({ specs: form.specs.filter((_, i) => i !== index) })}>×</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.specs && <p className="field-error">{t(`validation.${errors.specs.key}`, errors.specs.values)}</p>}
      <button type="button" className="button-link" onClick={() => onChange({ specs: [...form.specs, { ja: "", en: "", value: "" }] })}>{t("editor.addSpec")}</button>
    </section>
  );
}

function PlaceSection(props: SectionProps) {
  const { errors } = props;
  const { t } = useTranslation(WS);
  const text = textBinder(props);
  return (
    <section className="card form-section">
      <h2>{t("editor.place")}</h2>
      <div className="form-grid form-grid-2">
        <Field label={t("editor.building")} error={errors["location.building"]}><input {...text("building")} /></Field>
        <Field label={t("editor.room")} error={errors["location.room"]}><input {...text("room")} /></Field>
      </div>
    </section>
  );
}

function OpeningHoursSection({ form, errors, disabled, onChange }: Props) {
  const { t } = useTranslation(WS);
  return (
    <section className="card form-section">
      <h2>{t("editor.openingHours")}</h2>
      <p className="muted small">{t("editor.openingHoursHint")}</p>
      <WeeklyHoursEditor label={t("editor.openingHours")} emptyText={t("editor.closedDay")} rows={form.openingHours} errors={checkRows(form.openingHours)} onChange={(openingHours) => onChange({ openingHours })} disabled={disabled} />
      {errors.openingHours && <p className="field-error">{t(`validation.${errors.openingHours.key}`, errors.openingHours.values)}</p>}
    </section>
  );
}

function RulesSection(props: SectionProps) {
  const { form, errors, onChange } = props;
  const { t } = useTranslation(WS);
  const text = textBinder(props);
  return (
    <section className="card form-section">
      <h2>{t("editor.rules")}</h2>
      <div className="form-grid">
        <Field label={t("editor.slotMinutes")} error={errors["rules.slotMinutes"]}>
          <select value={form.slotMinutes} onChange={(e) => onChange({ slotMinutes: e.target.value })}>
            {LIMITS.slotMinutesChoices.map((m) => <option key={m} value={m}>{t("editor.minutes", { count: m })}</option>)}
          </select>
        </Field>
        <Field label={t("editor.minDuration")} error={errors["rules.minDurationMinutes"]}><input type="number" min={1} {...text("minDurationMinutes")} /></Field>
        <Field label={t("editor.maxDuration")} error={errors["rules.maxDurationMinutes"]}><input type="number" min={1} {...text("maxDurationMinutes")} /></Field>
        <Field label={t("editor.leadTime")} error={errors["rules.leadTimeHours"]}><input type="number" min={0} {...text("leadTimeHours")} /></Field>
        <Field label={t("editor.horizon")} error={errors["rules.horizonDays"]}><input type="number" min={1} max={LIMITS.maxBookingHorizonDays} {...text("horizonDays")} /></Field>
      </div>
      <label className="choice choice-compact">
        <input type="checkbox" checked={form.requiresApproval} onChange={(e) => onChange({ requiresApproval: e.target.checked })} />
        <span>{t("editor.requiresApproval")}</span>
      </label>
    </section>
  );
}

function ModesAndRatesSection(props: SectionProps) {
  const { form, errors, onChange } = props;
  const { t } = useTranslation(WS);
  const text = textBinder(props);
  return (
    <section className="card form-section">
      <h2>{t("editor.modesAndRates")}</h2>
      <fieldset className="choice-group">
        <legend>{t("editor.usageModes")}</legend>
        {(["selfUse", "staffOperated", "training"] as const).map((mode) => (
          <label key={mode} className="choice choice-compact">
            <input type="checkbox" checked={form[mode]} onChange={(e) => onChange({ [mode]: e.target.checked })} />
            <span>{t(`editor.modes.${mode}`)}</span>
          </label>
        ))}
        {errors.usageModes && <p className="field-error">{t(`validation.${errors.usageModes.key}`)}</p>}
      </fieldset>
      <div className="form-grid form-grid-4">
        {RATE_FIELDS.map((rate) => (
          <Field key={rate} label={t(`editor.${rate}`)} error={errors[RATE_ERROR_KEYS[rate]]}>
            <input type="number" min={0} step={100} {...text(rate)} />
          </Field>
        ))}
      </div>
    </section>
  );
}
