import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "../../../shared";
import { Alert } from "./Alert";
import { Field } from "./Field";
import { errorMessage } from "../lib/error-message";
import { WS } from "../i18n/workspace";

interface Props {
  label: string;
  confirm: string;
  required?: boolean;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for the reason the company (or the audit trail) will read, then confirms; the field takes focus when it opens. */
export function ReasonForm({ label, confirm, required, danger, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(WS);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (required && !reason.trim()) return setMissing(true);
    onSubmit(reason.trim());
  };
  return (
    <form className="reason-form" onSubmit={submit}>
      <Field label={label} error={missing ? { key: "required" } : undefined}>
        <textarea ref={field} rows={2} maxLength={LIMITS.reasonMaxLength} value={reason} onChange={(e) => { setReason(e.target.value); setMissing(false); }} />
      </Field>
      {Boolean(error) && <Alert kind="error">{errorMessage(error, t)}</Alert>}
      <div className="button-row">
        <button type="submit" className={`button button-small${danger ? " button-danger" : ""}`} disabled={pending}>{confirm}</button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>{t("common.back")}</button>
      </div>
    </form>
  );
}
