import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { BLACKOUT_KINDS, CreateBlackoutRequestSchema, LIMITS, type BlackoutKind, type Instrument, type ReservationSummary } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { AffectedList } from "../../ui/AffectedList";
import { WS } from "../../i18n/workspace";
import { localInputToIso } from "../../lib/zoned-input";
import { blackoutKeys, invalidate, scheduleKeys } from "../../api/query-keys";

/** What the admin has typed so far; start and end are datetime-local values in the institution's zone. */
interface BlackoutDraft {
  instrumentId: string;
  kind: BlackoutKind;
  start: string;
  end: string;
  reason: string;
}

/** The instrument select's value for a window over every instrument; nothing is chosen until the admin picks. */
const WHOLE_INSTITUTION = "all";
const targetOf = (instrumentId: string): number | null => (instrumentId === "" || instrumentId === WHOLE_INSTITUTION ? null : Number(instrumentId));

const EMPTY_DRAFT: BlackoutDraft = { instrumentId: "", kind: "maintenance", start: "", end: "", reason: "" };

/**
 * A maintenance or closure window for one instrument or the whole institution. The bookings inside it are
 * looked up as the window is typed; the admin then moves the window or cancels them with a notice.
 */
export function BlackoutForm({ instruments, zone, language }: { instruments: Instrument[]; zone: string; language: string }) {
  const { t } = useTranslation(WS);
  const client = useQueryClient();
  const [draft, setDraft] = useState<BlackoutDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = (patch: Partial<BlackoutDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { instrumentId, kind, reason } = draft;
  const window = { start: localInputToIso(draft.start, zone), end: localInputToIso(draft.end, zone) };
  const affected = useAffectedBookings(window, instrumentId);
  const hits = affected.windowValid ? affected.data ?? [] : [];
  const create = useMutation({
    mutationFn: (cancelAffected: boolean) =>
      workspaceApi.createBlackout({ start: window.start!, end: window.end!, kind, reason: reason.trim(), instrumentId: targetOf(instrumentId), cancelAffected }),
    onSuccess: () => {
      change({ start: "", end: "", reason: "" });
      invalidate(client, blackoutKeys.all, scheduleKeys.all);
    },
  });
  const submit = (cancelAffected: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const checked = validate(CreateBlackoutRequestSchema, { start: window.start ?? "", end: window.end ?? "", kind, reason: reason.trim() });
    if (instrumentId === "") return setErrors({ ...(checked.ok ? {} : checked.errors), instrumentId: { key: "required" } });
    if (!checked.ok) return setErrors(checked.errors);
    if (cancelAffected && !reason.trim()) return setErrors({ reason: { key: "noticeRequired" } });
    setErrors({});
    create.mutate(cancelAffected);
  };
  return (
    <form className="card form-section" onSubmit={submit(false)} noValidate aria-labelledby="blackout-title" data-testid="blackout-form">
      <h2 id="blackout-title">{t("maintenance.newWindow")}</h2>
      <BlackoutFields instruments={instruments} draft={draft} errors={errors} onChange={change} />
      <AffectedNotice hits={hits} noneAffected={affected.windowValid && affected.data?.length === 0} zone={zone} language={language} />
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

/** The bookings inside the window (on the instrument, or anywhere in the institution), once the window is a valid one. */
function useAffectedBookings(window: { start: string | null; end: string | null }, instrumentId: string) {
  const windowValid = Boolean(window.start && window.end && window.end > window.start);
  const affected = useQuery({
    queryKey: blackoutKeys.affected(window.start, window.end, instrumentId),
    queryFn: () => workspaceApi.affected({ start: window.start!, end: window.end!, instrumentId: targetOf(instrumentId) ?? undefined }),
    enabled: windowValid && instrumentId !== "",
  });
  return { data: affected.data, windowValid };
}

interface FieldsProps {
  instruments: Instrument[];
  draft: BlackoutDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<BlackoutDraft>) => void;
}

/** Instrument (or the whole institution), kind, start, end and the reason shown to the people affected. */
function BlackoutFields({ instruments, draft, errors, onChange }: FieldsProps) {
  const { t } = useTranslation(WS);
  return (
    <>
      <div className="form-grid">
        <Field label={t("maintenance.instrument")} error={errors.instrumentId}>
          <select value={draft.instrumentId} onChange={(e) => onChange({ instrumentId: e.target.value })}>
            <option value="" disabled>{t("common.choose")}</option>
            <option value={WHOLE_INSTITUTION}>{t("maintenance.wholeInstitution")}</option>
            {instruments.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
        </Field>
        <Field label={t("maintenance.kind")}>
          <select value={draft.kind} onChange={(e) => onChange({ kind: e.target.value as BlackoutKind })}>
            {BLACKOUT_KINDS.map((k) => <option key={k} value={k}>{t(`blackoutKinds.${k}`)}</option>)}
          </select>
        </Field>
        <Field label={t("maintenance.start")} error={errors.start}><input type="datetime-local" value={draft.start} onChange={(e) => onChange({ start: e.target.value })} /></Field>
        <Field label={t("maintenance.end")} error={errors.end ? { key: "endAfterStart" } : undefined}><input type="datetime-local" value={draft.end} min={draft.start} onChange={(e) => onChange({ end: e.target.value })} /></Field>
      </div>
      <Field label={t("maintenance.reason")} hint={t("maintenance.reasonHint")} error={errors.reason}>
        <input maxLength={LIMITS.reasonMaxLength} value={draft.reason} onChange={(e) => onChange({ reason: e.target.value })} />
      </Field>
    </>
  );
}

/** The bookings the window would hit, or a line saying there are none. */
function AffectedNotice({ hits, noneAffected, zone, language }: { hits: ReservationSummary[]; noneAffected: boolean; zone: string; language: string }) {
  const { t } = useTranslation(WS);
  return (
    <>
      {hits.length > 0 && (
        <>
          <Alert kind="warning">{t("maintenance.affected", { count: hits.length })}</Alert>
          <AffectedList items={hits} zone={zone} language={language} />
          <p className="muted small">{t("maintenance.moveOrCancel")}</p>
        </>
      )}
      {noneAffected && <p className="muted small">✓ {t("maintenance.noneAffected")}</p>}
    </>
  );
}
