import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CONSULTATION_MEETING_KINDS, type ConsultationMeetingKind } from "../../../../shared/enums";
import type { Consultation, ConsultationMeeting } from "../../../../shared/schemas/consultations";
import { consultationsApi } from "../../api/consultations";
import { CONSULT } from "../../i18n/consultations";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { formatRange, zoneLabel } from "../../lib/format";
import { useInstitutions } from "../../lib/use-institutions";
import { useSession } from "../../lib/use-session";
import { localInputToIso } from "../../lib/zoned-input";
import { useDeskAction } from "./use-desk-action";

const FALLBACK_ZONE = "Asia/Tokyo";

/** The calls and visits on a request: everyone who sees it reads them; the assigned staff propose and cancel. */
export function MeetingsPanel({ c }: { c: Consultation }) {
  const { t, i18n } = useTranslation(CONSULT);
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const institutions = useInstitutions();
  const zoneOf = (institutionId: number | null | undefined) => institutions.data?.items.find((i) => i.id === institutionId)?.timezone ?? FALLBACK_ZONE;
  const cancel = useDeskAction(c.id, (meetingId: number) => consultationsApi.cancelMeeting(c.id, meetingId));
  const describe = (m: ConsultationMeeting) => formatRange(m.start, m.end, zoneOf(m.institutionId), language);
  return (
    <section className="card" aria-labelledby="meetings-title" data-testid="meetings-panel">
      <h2 id="meetings-title">{t("consult.meeting.title")}</h2>
      {cancel.isError && <Alert kind="error">{errorMessage(cancel.error, t)}</Alert>}
      {c.meetings.length === 0 ? <p className="muted">{t("consult.meeting.none")}</p> : (
        <ul className="meetings" data-testid="meetings">
          {c.meetings.map((m) => (
            <li key={m.id} className={`meeting meeting-${m.status}`}>
              <strong>{t(`consult.meeting.kind.${m.kind}`)}</strong> · {describe(m)} · {m.staff.name}
              {m.status === "cancelled" && <> · <span className="badge status-closed">{t("consult.meeting.cancelled")}</span></>}
              {m.note && <p className="pre-wrap">{m.note}</p>}
              {m.canCancel && (
                <button type="button" className="button button-secondary" disabled={cancel.isPending} onClick={() => cancel.mutate(m.id)}
                  aria-label={t("consult.meeting.cancelLabel", { kind: t(`consult.meeting.kind.${m.kind}`), when: describe(m) })}>
                  {t("consult.meeting.cancel")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {c.can.proposeMeeting && <ProposeForm c={c} zone={zoneOf} />}
    </section>
  );
}

/** Kind, local date, start and end in the institution's zone, and a note; the server checks the staff member's calendar. */
function ProposeForm({ c, zone: zoneOf }: { c: Consultation; zone: (institutionId: number | null | undefined) => string }) {
  const { t } = useTranslation(CONSULT);
  const { data: user } = useSession();
  const zone = zoneOf(user?.institutionId);
  const [form, setForm] = useState({ kind: "call" as ConsultationMeetingKind, date: "", start: "10:00", end: "11:00", note: "" });
  const [invalid, setInvalid] = useState(false);
  const propose = useDeskAction(c.id, () => consultationsApi.proposeMeeting(c.id, {
    kind: form.kind, start: localInputToIso(`${form.date}T${form.start}`, zone)!, end: localInputToIso(`${form.date}T${form.end}`, zone)!, note: form.note || undefined,
  }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const badRange = !form.date || form.end <= form.start;
    setInvalid(badRange);
    if (!badRange) propose.mutate(undefined, { onSuccess: () => setForm((f) => ({ ...f, note: "" })) });
  };
  return (
    <form onSubmit={submit} className="form" aria-labelledby="propose-title" data-testid="propose-meeting">
      <h3 id="propose-title">{t("consult.meeting.propose")}</h3>
      <p className="muted small">{t("consult.meeting.zone", { zone: zoneLabel(zone) })}</p>
      {propose.isError && <Alert kind="error">{errorMessage(propose.error, t)}</Alert>}
      <Field label={t("consult.meeting.kindLabel")}>
        <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as ConsultationMeetingKind })}>
          {CONSULTATION_MEETING_KINDS.map((k) => <option key={k} value={k}>{t(`consult.meeting.kind.${k}`)}</option>)}
        </select>
      </Field>
      <Field label={t("consult.meeting.date")}><input type="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} /></Field>
      <Field label={t("consult.meeting.start")}><input type="time" required step={900} value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} /></Field>
      <Field label={t("consult.meeting.end")} error={invalid ? { key: "endAfterStart" } : undefined}>
        <input type="time" required step={900} value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
      </Field>
      <Field label={t("consult.meeting.note")}><textarea rows={2} maxLength={1000} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} /></Field>
      <button type="submit" className="button" disabled={propose.isPending}>{t("consult.meeting.submit")}</button>
    </form>
  );
}
