import { useTranslation } from "react-i18next";
import type { LIMITS as Limits } from "../../../../shared";
import { Field } from "../../ui/Field";
import type { FieldErrors } from "../../lib/form-errors";
import type { BookingValues } from "./booking-form";

interface Props {
  values: BookingValues;
  errors: FieldErrors;
  onChange: (patch: Partial<BookingValues>) => void;
  limits: typeof Limits;
}

/** Purpose, samples, the hazard declaration and a note to the staff. */
export function BookingFields({ values, errors, onChange, limits }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {values.assistance !== "none" && (
        <Field label={t("booking.note")} error={errors.assistance}>
          <textarea rows={2} maxLength={limits.noteMaxLength} value={values.note} onChange={(e) => onChange({ note: e.target.value })} />
        </Field>
      )}
      <Field label={t("booking.purpose")} hint={t("booking.purposeHint")} error={errors.purpose}>
        <textarea rows={3} required maxLength={limits.purposeMaxLength} value={values.purpose} onChange={(e) => onChange({ purpose: e.target.value })} />
      </Field>
      <Field label={t("booking.sample")} hint={t("booking.sampleHint")} error={errors.sampleDescription}>
        <textarea rows={2} maxLength={limits.sampleDescriptionMaxLength} value={values.sampleDescription} onChange={(e) => onChange({ sampleDescription: e.target.value })} />
      </Field>
      <fieldset className={`choice-group${errors.hazardous ? " field-invalid" : ""}`} aria-describedby={errors.hazardous ? "hazard-error" : undefined}>
        <legend>{t("booking.hazardTitle")}</legend>
        {(["no", "yes"] as const).map((answer) => (
          <label key={answer} className="choice choice-compact">
            <input type="radio" name="hazardous" value={answer} checked={values.hazardous === answer} onChange={() => onChange({ hazardous: answer })} />
            <span>{answer === "no" ? t("booking.hazardNo") : t("booking.hazardYes")}</span>
          </label>
        ))}
        {errors.hazardous && <p className="field-error" id="hazard-error">{t(`validation.${errors.hazardous.key}`)}</p>}
      </fieldset>
      {values.hazardous === "yes" && (
        <Field label={t("booking.hazardDetails")} error={errors.hazardDetails}>
          <textarea rows={2} maxLength={limits.noteMaxLength} value={values.hazardDetails} onChange={(e) => onChange({ hazardDetails: e.target.value })} />
        </Field>
      )}
    </>
  );
}
