import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, ResetPasswordRequestSchema } from "../../../../shared";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { apiFieldErrors, validate, type FieldErrors } from "../../lib/form-errors";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { generatePassword } from "../../lib/generate-password";
import type { IssuedPassword } from "./StaffCredentials";

/** Whose password is set: a staff member, or any account from the directory. */
export interface PasswordHolder {
  userId: number;
  name: string;
  email: string;
}

/**
 * Sets a new initial password for someone who forgot theirs: generated (or typed) like the one given to new staff,
 * and shown once afterwards. The server ends all of their sessions.
 */
export function ResetPasswordForm({ account, onReset, onCancel }: { account: PasswordHolder; onReset: (issued: IssuedPassword) => void; onCancel: () => void }) {
  const { t } = useTranslation(WS);
  const { user } = useWorkspace();
  const [password, setPassword] = useState(generatePassword);
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const reset = useMutation({
    mutationFn: (chosen: string) => workspaceApi.resetPassword(account.userId, chosen),
    onSuccess: (_answer, chosen) => onReset({ person: account, password: chosen }),
    onError: (error) => setErrors(apiFieldErrors(error)),
  });
  const change = (value: string) => {
    setPassword(value);
    if (reset.isError) reset.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(ResetPasswordRequestSchema, { password });
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) reset.mutate(checked.data.password);
  };
  const refusal = (error: unknown) =>
    error instanceof ApiError && error.code === "forbidden" ? t(user.role === "coordinator" ? "staffReset.forbiddenCoordinator" : "staffReset.forbidden")
      : error instanceof ApiError && error.code === "validation_failed" ? t("validation.summary") : errorMessage(error, t);
  return (
    <form className="staff-editor" onSubmit={submit} noValidate aria-label={t("staffReset.title", { name: account.name })} data-testid="reset-password-form">
      <h2 className="card-title">{t("staffReset.title", { name: account.name })}</h2>
      <p className="muted small">{t("staffReset.intro")}</p>
      <Field label={t("staffNew.initialPassword")} hint={t("staffNew.passwordHint", { min: LIMITS.passwordMinLength })} error={errors.password}>
        <input ref={field} type="text" className="password-input" autoComplete="off" spellCheck={false} maxLength={LIMITS.passwordMaxLength} value={password}
          onChange={(e) => change(e.target.value)} />
      </Field>
      <button type="button" className="button-link small" onClick={() => change(generatePassword())}>{t("staffNew.regenerate")}</button>
      {reset.isError && <Alert kind="error">{refusal(reset.error)}</Alert>}
      <div className="button-row">
        <button type="submit" className="button" disabled={reset.isPending}>{t("staffReset.submit")}</button>
        <button type="button" className="button button-secondary" onClick={onCancel}>{t("common.back")}</button>
      </div>
    </form>
  );
}
