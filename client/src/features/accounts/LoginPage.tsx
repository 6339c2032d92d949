import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { LoginRequestSchema } from "../../../../shared";
import { api } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import { FocusNotice } from "../../ui/FocusNotice";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { safeNext } from "../../lib/safe-next";
import { usePageTitle } from "../../lib/page-title";
import { sessionKeys } from "../../api/query-keys";

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ email: "", password: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle(t("auth.signInTitle"));
  const login = useMutation({
    mutationFn: api.login,
    onSuccess: (user) => {
      queryClient.setQueryData(sessionKeys.all, user);
      // Staff, admins and the coordinator start in their workspace unless they were on their way somewhere.
      navigate(params.get("next") || user.role === "company_member" ? next : "/workspace");
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(LoginRequestSchema, values);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) login.mutate(result.data);
  };
  const failure = login.error instanceof ApiError && login.error.code === "unauthenticated"
    ? t("auth.badCredentials")
    : login.error instanceof ApiError && login.error.code === "rate_limited" ? t("auth.rateLimited") : login.error ? errorMessage(login.error, t) : null;

  return (
    <section className="page narrow">
      <h1>{t("auth.signInTitle")}</h1>
      <form className="card form-card" onSubmit={submit} noValidate>
        {failure && <FocusNotice key={login.submittedAt} kind="error">{failure}</FocusNotice>}
        <Field label={t("auth.email")} error={errors.email}>
          <input type="email" autoComplete="email" value={values.email} onChange={(e) => setValues({ ...values, email: e.target.value })} />
        </Field>
        <Field label={t("auth.password")} error={errors.password}>
          <input type="password" autoComplete="current-password" value={values.password} onChange={(e) => setValues({ ...values, password: e.target.value })} />
        </Field>
        <button type="submit" className="button button-wide" disabled={login.isPending}>{t("auth.submitSignIn")}</button>
        <p className="field-hint">{t("auth.forgotPassword")}</p>
        <p className="form-footer">
          {t("auth.noAccount")} <Link to={`/signup?next=${encodeURIComponent(next)}`}>{t("app.nav.signUp")}</Link>
        </p>
      </form>
    </section>
  );
}
