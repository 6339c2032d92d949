import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CUSTOMER_TYPES } from "../../../../shared";
import { Field } from "../../ui/Field";
import type { FieldErrors } from "../../lib/form-errors";
import { SizeFields } from "../companies";
import type { SignupValues } from "./signup-form";

type Values = Pick<SignupValues, "customerType" | "sector" | "employees" | "capitalYen" | "corporateNumber">;

/** The customer type the company declares at sign-up, and the facts the coordinator checks it against. */
export function CustomerTypeFields({ values, errors, onChange }: { values: Values; errors: FieldErrors; onChange: (patch: Partial<Values>) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <fieldset className={`field choice-group${errors.customerType ? " field-invalid" : ""}`} aria-describedby={`${id}-intro`}>
        <legend>{t("company.signup.customerType")}</legend>
        <p className="field-hint" id={`${id}-intro`}>{t("company.signup.customerTypeIntro")}</p>
        {CUSTOMER_TYPES.map((type) => (
          <label key={type} className="choice">
            <input type="radio" name={`${id}-type`} value={type} checked={values.customerType === type} onChange={() => onChange({ customerType: type })} />
            <span><strong>{t(`company.customerTypes.${type}`)}</strong> <span className="muted small">{t(`company.customerTypeHints.${type}`)}</span></span>
          </label>
        ))}
        {errors.customerType && <p className="field-error">{t("validation.required")}</p>}
      </fieldset>
      <fieldset className="field">
        <legend>{t("company.signup.facts")}</legend>
        <SizeFields values={values} errors={errors} onChange={onChange} />
        <Field label={t("company.profile.corporateNumber")} hint={t("company.profile.corporateNumberHint")} error={errors.corporateNumber}>
          <input type="text" inputMode="numeric" maxLength={20} value={values.corporateNumber} onChange={(e) => onChange({ corporateNumber: e.target.value })} />
        </Field>
      </fieldset>
    </>
  );
}
