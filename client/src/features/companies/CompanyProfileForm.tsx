import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { INDUSTRY_SECTORS, LIMITS, PREFECTURES, type Company } from "../../../../shared";
import { companiesApi } from "../../api/companies";
import { companyKeys, invalidate, sessionKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { FocusNotice } from "../../ui/FocusNotice";
import { errorMessage } from "../../lib/error-message";
import { apiFieldErrors, type FieldErrors } from "../../lib/form-errors";
import { prefectureName } from "../../i18n/prefectures";
import { profileValuesOf, validateProfile, type ProfileValues } from "./profile-form";

/** The company admin edits the profile and the facts behind the customer type. */
export function CompanyProfileForm({ company }: { company: Company }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const client = useQueryClient();
  const [values, setValues] = useState<ProfileValues>(() => profileValuesOf(company));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: Parameters<typeof companiesApi.update>[1]) => companiesApi.update(company.id, body),
    onSuccess: (saved) => {
      client.setQueryData(companyKeys.detail(company.id), saved);
      invalidate(client, sessionKeys.all, companyKeys.all);
    },
    onError: (error) => setErrors(apiFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateProfile(values);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };
  const input = (field: keyof ProfileValues, props: Record<string, unknown> = {}) => (
    <input type="text" maxLength={LIMITS.nameMaxLength} value={values[field]} onChange={(e) => setValues({ ...values, [field]: e.target.value })} {...props} />
  );
  return (
    <form className="card form-card company-form" onSubmit={submit} noValidate>
      {save.isSuccess && <FocusNotice kind="success">{t("company.profile.saved")}</FocusNotice>}
      {save.isError && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      {Object.keys(errors).length > 0 && <p className="field-error" role="alert">{t("validation.summary")}</p>}
      <Field label={t("company.profile.nameJa")} error={errors.nameJa}>{input("nameJa", { autoComplete: "organization" })}</Field>
      <Field label={t("company.profile.nameEn")} error={errors.nameEn}>{input("nameEn")}</Field>
      <Field label={t("company.profile.prefecture")} error={errors.prefecture}>
        <select value={values.prefecture} onChange={(e) => setValues({ ...values, prefecture: e.target.value })}>
          <option value="">{t("company.profile.noPrefecture")}</option>
          {PREFECTURES.map((p) => <option key={p} value={p}>{prefectureName(p, language)}</option>)}
        </select>
      </Field>
      <Field label={t("company.profile.address")} error={errors.address}>{input("address", { maxLength: LIMITS.addressMaxLength, autoComplete: "street-address" })}</Field>
      <Field label={t("company.profile.corporateNumber")} hint={t("company.profile.corporateNumberHint")} error={errors.corporateNumber}>{input("corporateNumber", { inputMode: "numeric", maxLength: 20 })}</Field>
      <Field label={t("company.profile.billingContactName")} error={errors.billingContactName}>{input("billingContactName")}</Field>
      <Field label={t("company.profile.billingContactEmail")} error={errors.billingContactEmail}>{input("billingContactEmail", { type: "email", maxLength: LIMITS.emailMaxLength })}</Field>
      <SizeFields values={values} errors={errors} onChange={(patch) => setValues({ ...values, ...patch })} />
      <button type="submit" className="button" disabled={save.isPending}>{t("company.profile.save")}</button>
    </form>
  );
}

interface SizeProps {
  values: Pick<ProfileValues, "sector" | "employees" | "capitalYen">;
  errors: FieldErrors;
  onChange: (patch: Partial<ProfileValues>) => void;
}

/** Sector, employees and capital: what decides SME status (also on the sign-up form). */
export function SizeFields({ values, errors, onChange }: SizeProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t("company.profile.sector")} error={errors.sector}>
        <select value={values.sector} onChange={(e) => onChange({ sector: e.target.value })}>
          <option value="">{t("company.profile.noSector")}</option>
          {INDUSTRY_SECTORS.map((s) => <option key={s} value={s}>{t(`company.sectors.${s}`)}</option>)}
        </select>
      </Field>
      <Field label={t("company.profile.employees")} error={errors.employees}>
        <input type="text" inputMode="numeric" maxLength={12} value={values.employees} onChange={(e) => onChange({ employees: e.target.value })} />
      </Field>
      <Field label={t("company.profile.capitalYen")} error={errors.capitalYen}>
        <input type="text" inputMode="numeric" maxLength={20} value={values.capitalYen} onChange={(e) => onChange({ capitalYen: e.target.value })} />
      </Field>
    </>
  );
}
