import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { LIMITS } from "../../../../shared";
import { api } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import type { FieldErrors } from "../../lib/form-errors";
import { usePageTitle } from "../../lib/page-title";
import { changePasswordServerErrors, emptyChangePassword, validateChangePassword, type ChangePasswordValues } from "./change-password-form";
import { useSession } from "../../lib/use-session";

/** Any signed-in account changes its own password; its other sessions (other browsers, devices) are signed out. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [values, setValues] = useState<ChangePasswordValues>(emptyChangePassword);
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle(t("account.changePassword"));
  const change = useMutation({
    mutationFn: api.changePassword,
    onSuccess: () => { setValues(emptyChangePassword); setErrors({}); },
    onError: (error) => setErrors(changePasswordServerErrors(error)),
  });
  if (session.isPending) return <Loading />;
  if (!session.data) return <Navigate to="/login?next=/account/password" replace />;

  const set = (field: keyof ChangePasswordValues) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    if (change.isSuccess) change.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateChangePassword(values);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) change.mutate(result.data);
  };
  const failure = !change.error ? null
    : change.error instanceof ApiError && change.error.reason === "wrong_password" ? t("account.wrongPassword")
      : change.error instanceof ApiError && change.error.code === "rate_limited" ? t("auth.rateLimited")
        : change.error instanceof ApiError && change.error.code === "validation_failed" ? t("validation.summary") : errorMessage(change.error, t);
  const input = (field: keyof ChangePasswordValues, autoComplete: string) => (
    <input type="password" autoComplete={autoComplete} maxLength={LIMITS.passwordMaxLength} value={values[field]} onChange={set(field)} />
  );
  return (
    <section className="page narrow">
      <h1>{t("account.changePassword")}</h1>
      <p className="muted">{t("account.changePasswordIntro")}</p>
      <form className="card form-card" onSubmit={submit} noValidate data-testid="change-password-form">
        {failure && <Alert kind="error">{failure}</Alert>}
        {change.isSuccess && (
          <Alert kind="success">
            {t("account.passwordChanged")}
            {change.data.otherSessionsEnded > 0 && ` ${t("account.otherSessionsEnded", { count: change.data.otherSessionsEnded })}`}
          </Alert>
        )}
        <Field label={t("account.currentPassword")} error={errors.currentPassword}>{input("currentPassword", "current-password")}</Field>
        <Field label={t("account.newPassword")} hint={t("auth.passwordHint", { min: LIMITS.passwordMinLength })} error={errors.newPassword}>
          {input("newPassword", "new-password")}
        </Field>
        <Field label={t("account.newPasswordConfirm")} error={errors.newPasswordConfirm}>{input("newPasswordConfirm", "new-password")}</Field>
        <button type="submit" className="button button-wide" disabled={change.isPending}>{t("account.submitChangePassword")}</button>
      </form>
    </section>
  );
}
