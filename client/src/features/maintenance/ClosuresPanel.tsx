import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { LIMITS, ReservationSummarySchema, type ReservationSummary } from "../../../../shared";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { formatLocalDate } from "../../lib/format";
import { AffectedList } from "../../ui/AffectedList";
import { useConfirm } from "../../ui/ConfirmDialog";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { closureKeys, invalidate } from "../../api/query-keys";

/** Closure days on top of national holidays (foundation day, year-end, inspections). */
export function ClosuresPanel({ institutionId, writable }: { institutionId: number; writable: boolean }) {
  const { t } = useTranslation(WS);
  const { zone, language } = useWorkspace();
  const confirm = useConfirm();
  const client = useQueryClient();
  const today = DateTime.now().setZone(zone).toISODate()!;
  const list = useQuery({ queryKey: closureKeys.of(institutionId), queryFn: () => workspaceApi.closures(institutionId, today) });
  const [date, setDate] = useState("");
  const [reason, setReason] = useState("");
  const [affected, setAffected] = useState<ReservationSummary[]>([]);
  const refresh = () => invalidate(client, closureKeys.of(institutionId));
  const add = useMutation({
    mutationFn: (cancelAffected: boolean) => workspaceApi.addClosure(institutionId, { date, reason: reason.trim(), cancelAffected }),
    onSuccess: () => { setDate(""); setReason(""); setAffected([]); refresh(); },
    onError: (error) => {
      const listed = error instanceof ApiError ? z.array(ReservationSummarySchema).safeParse(error.details?.reservations) : null;
      setAffected(listed?.success ? listed.data : []);
    },
  });
  const remove = useMutation({ mutationFn: (id: number) => workspaceApi.deleteClosure(institutionId, id), onSuccess: refresh });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date) add.mutate(false);
  };
  return (
    <section className="card" aria-labelledby="closures-title">
      {confirm.dialog}
      <h2 id="closures-title">{t("closures.title")}</h2>
      <p className="muted small">{t("closures.intro")}</p>
      {writable && (
        <form onSubmit={submit} noValidate>
          <div className="form-grid form-grid-2">
            <Field label={t("closures.date")}><input type="date" min={today} value={date} onChange={(e) => { setDate(e.target.value); setAffected([]); }} /></Field>
            <Field label={t("closures.reason")}><input maxLength={LIMITS.reasonMaxLength} value={reason} onChange={(e) => setReason(e.target.value)} /></Field>
          </div>
          {affected.length > 0 && (
            <>
              <Alert kind="warning">{t("maintenance.affected", { count: affected.length })}</Alert>
              <AffectedList items={affected} zone={zone} language={language} />
              <button type="button" className="button button-danger" disabled={!reason.trim() || add.isPending} onClick={() => add.mutate(true)}>{t("maintenance.cancelWithNotice")}</button>
            </>
          )}
          {add.isError && affected.length === 0 && <Alert kind="error">{errorMessage(add.error, t)}</Alert>}
          <div className="button-row"><button type="submit" className="button" disabled={!date || add.isPending}>{t("closures.add")}</button></div>
        </form>
      )}
      <ul className="plain-list">
        {list.data?.length === 0 && <li className="muted">{t("closures.none")}</li>}
        {list.data?.map((c) => (
          <li key={c.id}>
            <span><strong>{formatLocalDate(c.date, language)}</strong>{c.reason && <span className="muted small"><br />{c.reason}</span>}</span>
            {writable && <button type="button" className="button-link" onClick={() => confirm.ask({ title: t("closures.confirmDelete", { date: formatLocalDate(c.date, language) }), confirmLabel: t("common.delete"), onConfirm: () => remove.mutate(c.id) })}>{t("common.delete")}</button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
