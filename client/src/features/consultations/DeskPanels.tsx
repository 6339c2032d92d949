import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CONSULTATION_CLOSE_REASONS, type ConsultationCloseReason } from "../../../../shared/enums";
import type { Consultation } from "../../../../shared/schemas/consultations";
import { consultationsApi } from "../../api/consultations";
import { consultationKeys } from "../../api/query-keys";
import { CONSULT } from "../../i18n/consultations";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { useInstitutions } from "../../lib/use-institutions";
import { useSession } from "../../lib/use-session";
import { useDeskAction } from "./use-desk-action";

const onSubmit = (run: () => void) => (e: FormEvent) => {
  e.preventDefault();
  run();
};

/** The coordinator picks the institutions, with the directory's suggestions when it offers them. */
export function RoutePanel({ c }: { c: Consultation }) {
  const { t, i18n } = useTranslation(CONSULT);
  const english = i18n.resolvedLanguage === "en";
  const institutions = useInstitutions();
  const suggestions = useQuery({ queryKey: consultationKeys.suggestions(c.summary), queryFn: () => consultationsApi.suggestions(c.summary), retry: false });
  const [chosen, setChosen] = useState<number[]>(c.routes.map((r) => r.institution.id));
  const route = useDeskAction(c.id, (ids: number[]) => consultationsApi.route(c.id, ids));
  const toggle = (id: number) => setChosen(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  const suggested = new Set(suggestions.data?.institutions.map((i) => i.id) ?? []);
  return (
    <section className="card" aria-labelledby="route-title" data-testid="route-panel">
      <h2 id="route-title">{t("consult.route.title")}</h2>
      {!c.shareWithOtherInstitutions && <p className="muted">{t("consult.route.noConsent")}</p>}
      {suggestions.data && suggestions.data.instruments.length > 0 && (
        <p data-testid="suggestions">{t("consult.route.suggestions")}: {suggestions.data.instruments.slice(0, 5).map((i) => (english ? i.nameEn : i.nameJa)).join(english ? ", " : "、")}</p>
      )}
      {route.isError && <Alert kind="error">{errorMessage(route.error, t)}</Alert>}
      <form onSubmit={onSubmit(() => route.mutate(chosen))}>
        <fieldset>
          <legend>{t("consult.detail.institutions")}</legend>
          {institutions.data?.items.map((i) => (
            <label key={i.id} className="checkbox">
              <input type="checkbox" checked={chosen.includes(i.id)} onChange={() => toggle(i.id)} /> {i.name}{suggested.has(i.id) ? " ★" : ""}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={route.isPending || chosen.length === 0}>{t("consult.route.submit")}</button>
      </form>
    </section>
  );
}

/** An institution admin (or the coordinator) assigns one of the routed institutions' staff. */
export function AssignPanel({ c }: { c: Consultation }) {
  const { t } = useTranslation(CONSULT);
  const { data: user } = useSession();
  const institutionId = user?.role === "institution_admin" ? user.institutionId! : c.routes[0]!.institution.id;
  const staff = useQuery({ queryKey: consultationKeys.staff(institutionId), queryFn: () => consultationsApi.staffOf(institutionId) });
  const [staffMemberId, setStaffMemberId] = useState("");
  const assign = useDeskAction(c.id, (sid: number) => consultationsApi.assign(c.id, sid));
  return (
    <section className="card" aria-labelledby="assign-title" data-testid="assign-panel">
      <h2 id="assign-title">{t("consult.assign.title")}</h2>
      {assign.isError && <Alert kind="error">{errorMessage(assign.error, t)}</Alert>}
      <form onSubmit={onSubmit(() => assign.mutate(Number(staffMemberId)))} className="form">
        <Field label={t("consult.assign.label")}>
          <select required value={staffMemberId} onChange={(e) => setStaffMemberId(e.target.value)}>
            <option value="" />
            {staff.data?.filter((s) => s.active).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>
        <button type="submit" className="button" disabled={assign.isPending || !staffMemberId}>{t("consult.assign.submit")}</button>
      </form>
    </section>
  );
}

/** The assigned staff log the time they spend advising; the institution sees the log. */
export function AdvicePanel({ c }: { c: Consultation }) {
  const { t } = useTranslation(CONSULT);
  const [form, setForm] = useState({ minutes: "30", date: new Date().toISOString().slice(0, 10), note: "" });
  const log = useDeskAction(c.id, () => consultationsApi.adviceTime(c.id, { minutes: Number(form.minutes), date: form.date, note: form.note || undefined }));
  const total = c.adviceTime.reduce((sum, a) => sum + a.minutes, 0);
  return (
    <section className="card" aria-labelledby="advice-title">
      <h2 id="advice-title">{t("consult.advice.title")}</h2>
      <p>{t("consult.advice.total", { minutes: total })}</p>
      <ul>{c.adviceTime.map((a) => <li key={a.id}>{a.date} · {a.staff.name} · {a.minutes} {t("consult.advice.minutes")}{a.note ? ` · ${a.note}` : ""}</li>)}</ul>
      {c.can.logAdviceTime && (
        <form onSubmit={onSubmit(() => log.mutate(undefined))} className="form inline-form">
          {log.isError && <Alert kind="error">{errorMessage(log.error, t)}</Alert>}
          <Field label={t("consult.advice.minutes")}><input type="number" min={1} max={1440} required value={form.minutes} onChange={(e) => setForm({ ...form, minutes: e.target.value })} /></Field>
          <Field label={t("consult.advice.date")}><input type="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} /></Field>
          <Field label={t("consult.advice.note")}><input maxLength={1000} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} /></Field>
          <button type="submit" className="button" disabled={log.isPending}>{t("consult.advice.submit")}</button>
        </form>
      )}
    </section>
  );
}

/** Close with a reason and a result summary (the company withdraws), or reopen (the company). */
export function ClosePanel({ c }: { c: Consultation }) {
  const { t } = useTranslation(CONSULT);
  const { data: user } = useSession();
  const company = user?.role === "company_member";
  const [form, setForm] = useState({ reason: "resolved" as ConsultationCloseReason, outcome: "", shared: true });
  const close = useDeskAction(c.id, () => consultationsApi.close(c.id, { reason: company ? "withdrawn" : form.reason, outcomeSummary: form.outcome || undefined, outcomeShared: form.shared }));
  const reopen = useDeskAction(c.id, () => consultationsApi.reopen(c.id));
  const error = close.error ?? reopen.error;
  return (
    <section className="card" aria-labelledby="close-title">
      <h2 id="close-title">{c.can.reopen ? t("consult.reopen") : t("consult.close.title")}</h2>
      {error && <Alert kind="error">{errorMessage(error, t)}</Alert>}
      {c.can.reopen && <button type="button" className="button" onClick={() => reopen.mutate(undefined)}>{t("consult.reopen")}</button>}
      {c.can.close && company && <button type="button" className="button button-secondary" onClick={() => close.mutate(undefined)}>{t("consult.close.withdraw")}</button>}
      {c.can.close && !company && (
        <form onSubmit={onSubmit(() => close.mutate(undefined))} className="form">
          <Field label={t("consult.close.reason")}>
            <select value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value as ConsultationCloseReason })}>
              {CONSULTATION_CLOSE_REASONS.filter((r) => r !== "withdrawn").map((r) => <option key={r} value={r}>{t(`consult.closeReason.${r}`)}</option>)}
            </select>
          </Field>
          <Field label={t("consult.close.outcome")}><textarea rows={3} maxLength={5000} value={form.outcome} onChange={(e) => setForm({ ...form, outcome: e.target.value })} /></Field>
          <label className="checkbox"><input type="checkbox" checked={form.shared} onChange={(e) => setForm({ ...form, shared: e.target.checked })} /> {t("consult.close.share")}</label>
          <button type="submit" className="button">{t("consult.close.submit")}</button>
        </form>
      )}
    </section>
  );
}
