import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { GrantQualificationRequestSchema, LIMITS } from "../../../../shared";
import { ApiError } from "../../api/http";
import { invalidate, qualificationKeys } from "../../api/query-keys";
import { workspaceApi } from "../../api/workspace";
import { WS } from "../../i18n/workspace";
import { errorMessage } from "../../lib/error-message";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";

/** Grants self-use to a company user, found by e-mail, after their training. */
export function GrantForm({ instruments, zone }: { instruments: { id: number; name: string }[]; zone: string }) {
  const { t } = useTranslation(WS);
  const client = useQueryClient();
  const [email, setEmail] = useState("");
  const [instrumentId, setInstrumentId] = useState("");
  const [expires, setExpires] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const grant = useMutation({
    mutationFn: workspaceApi.grant,
    onSuccess: () => { setEmail(""); setNote(""); setExpires(""); invalidate(client, qualificationKeys.all); },
    // No account has that e-mail: say so at the field, where the typo is.
    onError: (error) => setErrors(error instanceof ApiError && error.code === "not_found" ? { email: { key: "noSuchAccount" } } : {}),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The qualification holds through the last day given, in the institution's zone.
    const expiresAt = expires ? DateTime.fromISO(expires, { zone }).endOf("day").toUTC().toISO({ suppressMilliseconds: true }) : null;
    const checked = validate(GrantQualificationRequestSchema, { email, instrumentId: instrumentId || undefined, expiresAt, note: note.trim() || undefined });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    grant.mutate({ email: checked.data.email!, instrumentId: checked.data.instrumentId, expiresAt, note: checked.data.note });
  };
  return (
    <form className="card grant-form" onSubmit={submit} noValidate aria-labelledby="grant-title">
      <h2 id="grant-title">{t("qualifications.grantTitle")}</h2>
      <div className="form-grid form-grid-3">
        <Field label={t("qualifications.email")} hint={t("qualifications.emailHint")} error={errors.email ?? errors.userId}>
          <input type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label={t("qualifications.instrument")} error={errors.instrumentId}>
          <select value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)}>
            <option value="">{t("common.choose")}</option>
            {instruments.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
        </Field>
        <Field label={t("qualifications.expiresOptional")} hint={t("qualifications.expiresHint")} error={errors.expiresAt}>
          <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
        </Field>
      </div>
      <Field label={t("qualifications.note")}><input maxLength={LIMITS.noteMaxLength} value={note} onChange={(e) => setNote(e.target.value)} /></Field>
      {grant.isError && !errors.email && <Alert kind="error">{errorMessage(grant.error, t)}</Alert>}
      {grant.isSuccess && <Alert kind="success">{t("qualifications.granted_ok", { name: grant.data.userName, instrument: grant.data.instrumentName })}</Alert>}
      <div className="button-row"><button type="submit" className="button" disabled={grant.isPending}>{t("qualifications.grant")}</button></div>
    </form>
  );
}
