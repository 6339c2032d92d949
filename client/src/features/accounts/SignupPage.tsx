import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { LIMITS } from "../../../../shared";
import { api } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import type { FieldErrors } from "../../lib/form-errors";
import { currentLanguage } from "../../i18n";
import { safeNext } from "../../lib/safe-next";
import { validateSignup, type SignupValues } from "./signup-form";
import { usePageTitle } from "../../lib/page-title";
import { sessionKeys } from "../../api/query-keys";
import { useTerms } from "../terms";
import { CustomerTypeFields } from "./CustomerTypeFields";

const EMPTY: SignupValues = {
  companyName: "", contactName: "", email: "", password: "", passwordConfirm: "",
  customerType: "", sector: "", employees: "", capitalYen: "", corporateNumber: "", acceptTerms: false,
};

export default function SignupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const terms = useTerms();
  const termsVersion = terms.data?.version ?? null;
  usePageTitle(t("auth.signUpTitle"));
  const signup = useMutation({
    mutationFn: api.signup,
    onSuccess: (user) => {
      queryClient.setQueryData(sessionKeys.all, user);
      navigate(next);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.reason === "email_taken") setErrors({ email: { key: "emailTaken" } });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateSignup(values, currentLanguage(), termsVersion);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) signup.mutate(result.data);
  };
  const input = (field: "companyName" | "contactName" | "email" | "password" | "passwordConfirm", type: string, autoComplete: string) => (
    <input type={type} autoComplete={autoComplete} value={values[field]} maxLength={field.startsWith("password") ? LIMITS.passwordMaxLength : LIMITS.nameMaxLength} onChange={(e) => setValues({ ...values, [field]: e.target.value })} />
  );

  return (
    <section className="page narrow">
      <h1>{t("auth.signUpTitle")}</h1>
      <p>{t("auth.signUpIntro")}</p>
      <form className="card form-card" onSubmit={submit} noValidate>
        {signup.isError && !(signup.error instanceof ApiError && signup.error.reason === "email_taken") && <Alert kind="error">{errorMessage(signup.error, t)}</Alert>}
        {Object.keys(errors).length > 0 && <p className="field-error" role="alert">{t("validation.summary")}</p>}
        <Field label={t("auth.companyName")} error={errors.companyName}>{input("companyName", "text", "organization")}</Field>
        <CustomerTypeFields values={values} errors={errors} onChange={(patch) => setValues({ ...values, ...patch })} />
        <Field label={t("auth.contactName")} error={errors.contactName}>{input("contactName", "text", "name")}</Field>
        <Field label={t("auth.email")} error={errors.email}>{input("email", "email", "email")}</Field>
        <Field label={t("auth.password")} hint={t("auth.passwordHint", { min: LIMITS.passwordMinLength })} error={errors.password}>
          {input("password", "password", "new-password")}
        </Field>
        <Field label={t("auth.passwordConfirm")} error={errors.passwordConfirm}>{input("passwordConfirm", "password", "new-password")}</Field>
        {termsVersion !== null && (
          <AcceptTermsField version={termsVersion} checked={values.acceptTerms} invalid={!!errors.acceptTerms} onChange={(acceptTerms) => setValues({ ...values, acceptTerms })} />
        )}
        <button type="submit" className="button button-wide" disabled={signup.isPending}>{t("auth.submitSignUp")}</button>
        <p className="form-footer">
          {t("auth.haveAccount")} <Link to={`/login?next=${encodeURIComponent(next)}`}>{t("app.nav.signIn")}</Link>
        </p>
      </form>
    </section>
  );
}

/** The box that accepts the terms in force, with a link to read them. */
function AcceptTermsField({ version, checked, invalid, onChange }: { version: number; checked: boolean; invalid: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className={`field${invalid ? " field-invalid" : ""}`}>
      <label className="checkbox">
        <input type="checkbox" checked={checked} aria-invalid={invalid ? true : undefined} onChange={(e) => onChange(e.target.checked)} /> {t("company.signup.acceptTerms", { version })}
      </label>
      <Link to="/terms" target="_blank">{t("company.terms.read")}</Link>
      {invalid && <p className="field-error">{t("validation.required")}</p>}
    </div>
  );
}
