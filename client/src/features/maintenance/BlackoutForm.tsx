import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { BLACKOUT_KINDS, CreateBlackoutRequestSchema, LIMITS, type BlackoutKind, type Instrument } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { AffectedList } from "../../ui/AffectedList";
import { WS } from "../../i18n/workspace";
import { localInputToIso } from "../../lib/zoned-input";

/**
 * A maintenance or closure window for one instrument or the whole institution. The bookings inside it are
 * looked up as the window is typed; the admin then moves the window or cancels them with a notice.
 */
export function BlackoutForm({ instruments, zone, language }: { instruments: Instrument[]; zone: string; language: string }) {
  const { t } = useTranslation(WS);
  const client = useQueryClient();
  const [instrumentId, setInstrumentId] = useState("");
  const [kind, setKind] = useState<BlackoutKind>("maintenance");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const window = { start: localInputToIso(start, zone), end: localInputToIso(end, zone) };
  const windowValid = Boolean(window.start && window.end && window.end > window.start);
  const affected = useQuery({
    queryKey: ["affected", window.start, window.end, instrumentId],
    queryFn: () => workspaceApi.affected({ start: window.start!, end: window.end!, instrumentId: instrumentId ? Number(instrumentId) : undefined }),
    enabled: windowValid,
  });
  const hits = windowValid ? affected.data ?? [] : [];
  const create = useMutation({
    mutationFn: (cancelAffected: boolean) =>
      workspaceApi.createBlackout({ start: window.start!, end: window.end!, kind, reason: reason.trim(), instrumentId: instrumentId ? Number(instrumentId) : null, cancelAffected }),
    onSuccess: () => {
      setStart(""); setEnd(""); setReason("");
      for (const key of ["blackouts", "affected", "schedule"]) void client.invalidateQueries({ queryKey: [key] });
    },
  });
  const submit = (cancelAffected: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const checked = validate(CreateBlackoutRequestSchema, { start: window.start ?? "", end: window.end ?? "", kind, reason: reason.trim() });
    if (!checked.ok) return setErrors(checked.errors);
    if (cancelAffected && !reason.trim()) return setErrors({ reason: { key: "noticeRequired" } });
    setErrors({});
    create.mutate(cancelAffected);
  };
  return (
    <form className="card form-section" onSubmit={submit(false)} noValidate aria-labelledby="blackout-title" data-testid="blackout-form">
      <h2 id="blackout-title">{t("maintenance.newWindow")}</h2>
      <div className="form-grid">
        <Field label={t("maintenance.instrument")}>
          <select value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)}>
            <option value="">{t("maintenance.wholeInstitution")}</option>
            {instruments.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
        </Field>
        <Field label={t("maintenance.kind")}>
          <select value={kind} onChange={(e) => setKind(e.target.value as BlackoutKind)}>
            {BLACKOUT_KINDS.map((k) => <option key={k} value={k}>{t(`blackoutKinds.${k}`)}</option>)}
          </select>
        </Field>
        <Field label={t("maintenance.start")} error={errors.start}><input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} /></Field>
        <Field label={t("maintenance.end")} error={errors.end ? { key: "endAfterStart" } : undefined}><input type="datetime-local" value={end} min={start} onChange={(e) => setEnd(e.target.value)} /></Field>
      </div>
      <Field label={t("maintenance.reason")} hint={t("maintenance.reasonHint")} error={errors.reason}>
        <input maxLength={LIMITS.reasonMaxLength} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {hits.length > 0 && (
        <>
          <Alert kind="warning">{t("maintenance.affected", { count: hits.length })}</Alert>
          <AffectedList items={hits} zone={zone} language={language} />
          <p className="muted small">{t("maintenance.moveOrCancel")}</p>
        </>
      )}
      {windowValid && affected.data?.length === 0 && <p className="muted small">✓ {t("maintenance.noneAffected")}</p>}
      {create.isError && <Alert kind="error">{errorMessage(create.error, t)}</Alert>}
      {create.isSuccess && <Alert kind="success">{t("maintenance.added", { count: create.data.cancelled.length })}</Alert>}
      <div className="button-row">
        {hits.length > 0 ? (
          <button type="button" className="button button-danger" disabled={create.isPending} onClick={() => submit(true)()}>{t("maintenance.cancelWithNotice")}</button>
        ) : (
          <button type="submit" className="button" disabled={create.isPending}>{t("maintenance.add")}</button>
        )}
      </div>
    </form>
  );
}
