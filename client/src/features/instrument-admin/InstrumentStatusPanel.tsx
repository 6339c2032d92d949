import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { INSTRUMENT_STATUSES, LIMITS, ReservationSummarySchema, type Instrument, type InstrumentStatus, type ReservationSummary } from "../../../../shared";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { AffectedList } from "../../ui/AffectedList";
import { WS } from "../../i18n/workspace";
import { facilityInstrumentKeys, invalidate } from "../../api/query-keys";

/** Active, under maintenance or retired; upcoming bookings in the way are listed and can be cancelled with a notice. */
export function InstrumentStatusPanel({ instrument, writable }: { instrument: Instrument; writable: boolean }) {
  const { t, i18n } = useTranslation(WS);
  const client = useQueryClient();
  const [status, setStatus] = useState<InstrumentStatus>(instrument.status);
  const [reason, setReason] = useState("");
  const [affected, setAffected] = useState<ReservationSummary[]>([]);
  const change = useMutation({
    mutationFn: (cancelAffected: boolean) => workspaceApi.setInstrumentStatus(instrument.id, { status, reason: reason.trim() || undefined, cancelAffected }),
    onSuccess: (result) => {
      setAffected([]);
      client.setQueryData(facilityInstrumentKeys.editor(instrument.id, i18n.resolvedLanguage), result.instrument);
      invalidate(client, facilityInstrumentKeys.all);
    },
    onError: (error) => {
      const listed = error instanceof ApiError ? z.array(ReservationSummarySchema).safeParse(error.details?.reservations) : null;
      setAffected(listed?.success ? listed.data : []);
    },
  });
  return (
    <section className="card form-section" aria-labelledby="status-title">
      <h2 id="status-title">{t("editor.status")}</h2>
      <p>{t("editor.currentStatus")} <span className={`badge badge-${instrument.status}`}>{t(`instrumentStatus.${instrument.status}`)}</span></p>
      {writable && (
        <>
          <div>
            <Field label={t("editor.newStatus")}>
              <select value={status} onChange={(e) => { setStatus(e.target.value as InstrumentStatus); setAffected([]); }}>
                {INSTRUMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`instrumentStatus.${s}`)}</option>)}
              </select>
            </Field>
            <Field label={t("editor.statusReason")} hint={t("editor.statusReasonHint")}>
              <input maxLength={LIMITS.reasonMaxLength} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
          </div>
          {affected.length > 0 ? (
            <>
              <Alert kind="warning">{t("maintenance.affected", { count: affected.length })}</Alert>
              <AffectedList items={affected} zone={instrument.institution.timezone} language={i18n.resolvedLanguage ?? "ja"} />
              <div className="button-row">
                <button type="button" className="button button-danger" disabled={!reason.trim() || change.isPending} onClick={() => change.mutate(true)}>{t("maintenance.cancelWithNotice")}</button>
                {!reason.trim() && <span className="muted small">{t("maintenance.noticeNeeded")}</span>}
              </div>
            </>
          ) : (
            change.isError && <Alert kind="error">{errorMessage(change.error, t)}</Alert>
          )}
          {change.isSuccess && <Alert kind="success">{t("editor.statusChanged", { count: change.data.cancelled.length })}</Alert>}
          <div className="button-row">
            <button type="button" className="button button-secondary" disabled={status === instrument.status || change.isPending} onClick={() => change.mutate(false)}>{t("editor.applyStatus")}</button>
          </div>
        </>
      )}
    </section>
  );
}
