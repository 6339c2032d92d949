import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Reservation } from "../../../../shared";
import { NO_HAZARDS } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { FocusNotice } from "../../ui/FocusNotice";
import { errorMessage } from "../../lib/error-message";
import { formatRange, formatYen } from "../../lib/format";
import { WS } from "../../i18n/workspace";
import { ReasonForm } from "../../ui/ReasonForm";
import { AttachmentsDisclosure } from "../files";
import { RecordSessionForm } from "./RecordSessionForm";
import { BookerContact } from "./BookerContact";
import { useReservationActions } from "./use-reservation-actions";
import { useRecordNotice } from "./record-notice";
import { CustomerTypeBadge } from "../companies";

interface Props {
  reservation: Reservation;
  zone: string;
  writable: boolean;
  now?: number;
  /** Told after an approval, a rejection or a first record, for lists the booking then leaves. */
  onDecided?: (notice: string) => void;
}

/** A booking as staff see it (company, purpose, samples, hazards, assistance) with what they can do now. */
export function ReservationDetails({ reservation: r, zone, writable, now = Date.now(), onDecided }: Props) {
  const { t, i18n } = useTranslation(WS);
  const language = i18n.resolvedLanguage ?? "ja";
  const actions = useReservationActions(r.id);
  const [mode, setMode] = useState<"idle" | "reject" | "record">("idle");
  const recording = useRecordNotice(r, zone, onDecided);
  const started = Date.parse(r.start) <= now;
  const canDecide = writable && r.status === "pending" && !started;
  const canRecord = writable && started && ["confirmed", "completed", "no_show"].includes(r.status);

  return (
    <article className="card reservation-details" data-testid="reservation-details" aria-labelledby={`res-${r.id}`}>
      <header>
        <span className={`status status-${r.status}`}>{t(`status.${r.status}`)}</span>
        <h3 id={`res-${r.id}`}>{r.company.name}</h3>
        <CustomerTypeBadge customerType={r.company.customerType} verification={r.company.verification} />
        <p className="reservation-when">{formatRange(r.start, r.end, zone, language)}</p>
      </header>
      <dl className="reservation-facts">
        <div><dt>{t("details.instrument")}</dt><dd>{r.instrument.name}</dd></div>
        <BookerContact reservation={r} />
        <div><dt>{t("details.assistance")}</dt><dd>{t(`assistanceTypes.${r.assistance.type}`)}{r.assistance.staff ? ` · ${r.assistance.staff.name}` : ""}{r.assistance.status === "unstaffed" ? ` · ${t("requests.unstaffed")}` : ""}</dd></div>
        <div><dt>{t("details.purpose")}</dt><dd>{r.purpose}</dd></div>
        {r.sampleDescription && <div><dt>{t("details.samples")}</dt><dd>{r.sampleDescription}</dd></div>}
        {r.hazardDeclaration && <div><dt>{t("details.hazards")}</dt><dd>{r.hazardDeclaration === NO_HAZARDS ? t("details.noHazards") : r.hazardDeclaration}</dd></div>}
        {r.assistance.note && <div><dt>{t("details.note")}</dt><dd>{r.assistance.note}</dd></div>}
        <div><dt>{t("details.price")}</dt><dd>{r.priceProvisional ? t("company.provisionalPrice", { price: formatYen(r.priceEstimateYen, language) }) : formatYen(r.priceEstimateYen, language)}</dd></div>
        {r.pendingReason === "company_unverified" && <div><dt>{t("details.waitsFor")}</dt><dd>{t("errors.reason.company_unverified")}</dd></div>}
        {r.decisionReason && <div><dt>{t("details.decisionReason")}</dt><dd>{r.decisionReason}</dd></div>}
        {r.session && (
          <div><dt>{t("details.session")}</dt><dd>{r.session.actualStart && r.session.actualEnd ? formatRange(r.session.actualStart, r.session.actualEnd, zone, language) : t(`status.${r.status}`)}{r.session.staffMinutes !== null ? ` · ${t("details.staffMinutes", { count: r.session.staffMinutes })}` : ""}</dd></div>
        )}
      </dl>
      <AttachmentsDisclosure reservationId={r.id} status={r.status} canAttach={false} />
      {!onDecided && actions.approve.isSuccess && <FocusNotice kind="success">{t("approvals.approved")}</FocusNotice>}
      {!onDecided && actions.reject.isSuccess && <FocusNotice kind="success">{t("approvals.rejected")}</FocusNotice>}
      {actions.approve.isError && <Alert kind="error">{errorMessage(actions.approve.error, t)}</Alert>}
      {canDecide && mode === "idle" && (
        <div className="button-row">
          <button type="button" className="button button-small" disabled={actions.approve.isPending} onClick={() => actions.approve.mutate(undefined, { onSuccess: () => onDecided?.(t("approvals.approvedNotice", { company: r.company.name, instrument: r.instrument.name })) })}>{t("approvals.approve")}</button>
          <button type="button" className="button button-danger-outline button-small" onClick={() => setMode("reject")}>{t("approvals.reject")}</button>
        </div>
      )}
      {mode === "reject" && (
        <ReasonForm label={t("approvals.rejectReason")} confirm={t("approvals.rejectConfirm")} required danger pending={actions.reject.isPending} error={actions.reject.error}
          onSubmit={(reason) => actions.reject.mutate(reason, { onSuccess: () => { setMode("idle"); onDecided?.(t("approvals.rejectedNotice", { company: r.company.name, instrument: r.instrument.name })); } })} onCancel={() => setMode("idle")} />
      )}
      {canRecord && mode === "idle" && (
        <div className="button-row">
          <button type="button" className="button button-secondary button-small" onClick={() => { recording.clear(); setMode("record"); }}>{r.session ? t("record.correct") : t("record.title")}</button>
        </div>
      )}
      {recording.notice && mode === "idle" && <FocusNotice key={recording.notice} kind="success">{recording.notice}</FocusNotice>}
      {mode === "record" && <RecordSessionForm reservation={r} zone={zone} onDone={(saved) => { setMode("idle"); recording.saved(saved); }} />}
    </article>
  );
}
