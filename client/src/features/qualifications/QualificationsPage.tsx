import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { GrantQualificationRequestSchema, LIMITS, type Qualification } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { ReasonForm } from "../../ui/ReasonForm";
import { useWorkspace } from "../../lib/use-workspace";
import { facilityInstrumentKeys, invalidate, qualificationKeys } from "../../api/query-keys";

/** Self-use qualifications granted after training: grant (optionally until a date) and revoke. */
export default function QualificationsPage() {
  const { t } = useTranslation(WS);
  const { user, zone, language, writable } = useWorkspace();
  usePageTitle(t("nav.qualifications"));
  const [showInvalid, setShowInvalid] = useState(false);
  const list = useQuery({ queryKey: qualificationKeys.list(showInvalid, language), queryFn: () => workspaceApi.qualifications({ includeInvalid: showInvalid }) });
  const instruments = useQuery({
    queryKey: facilityInstrumentKeys.list(user.institutionId, false, language),
    queryFn: () => workspaceApi.instruments({ institutionId: user.institutionId ?? undefined }),
    enabled: writable,
  });
  const selfUse = instruments.data?.items.filter((i) => i.usageModes.selfUse) ?? [];
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("qualifications.title")}</h1>
        <p className="muted">{t("qualifications.intro")}</p>
      </div>
      {writable && <GrantForm instruments={selfUse} zone={zone} />}
      <div className="list-head">
        <h2>{t("qualifications.list")}</h2>
        <label className="choice choice-compact">
          <input type="checkbox" checked={showInvalid} onChange={(e) => setShowInvalid(e.target.checked)} />
          <span>{t("qualifications.showInvalid")}</span>
        </label>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {list.data?.length === 0 && <p className="empty">{t("qualifications.none")}</p>}
      {list.data && list.data.length > 0 && (
        <table className="data-table" data-testid="qualifications">
          <thead>
            <tr><th>{t("qualifications.person")}</th><th>{t("qualifications.instrument")}</th><th>{t("qualifications.granted")}</th><th>{t("qualifications.expires")}</th><th>{t("qualifications.state")}</th><th /></tr>
          </thead>
          <tbody>{list.data.map((q) => <QualificationRow key={q.id} q={q} zone={zone} language={language} writable={writable} />)}</tbody>
        </table>
      )}
    </section>
  );
}

function QualificationRow({ q, zone, language, writable }: { q: Qualification; zone: string; language: string; writable: boolean }) {
  const { t } = useTranslation(WS);
  const client = useQueryClient();
  const [revoking, setRevoking] = useState(false);
  const revoke = useMutation({ mutationFn: (reason: string) => workspaceApi.revoke(q.id, reason), onSuccess: () => invalidate(client, qualificationKeys.all) });
  const state = q.valid ? "valid" : q.revokedAt ? "revoked" : "expired";
  return (
    <tr>
      <td><strong>{q.userName}</strong><div className="muted small">{q.companyName ?? q.userEmail}</div></td>
      <td>{q.instrumentName}</td>
      <td>{formatDate(q.grantedAt, zone, language)}</td>
      <td>{q.expiresAt ? formatDate(q.expiresAt, zone, language) : t("qualifications.noExpiry")}</td>
      <td><span className={`badge badge-${state}`}>{t(`qualifications.states.${state}`)}</span>{q.revokeReason && <div className="muted small">{q.revokeReason}</div>}</td>
      <td>
        {writable && q.valid && !revoking && <button type="button" className="button-link" onClick={() => setRevoking(true)}>{t("qualifications.revoke")}</button>}
        {revoking && <ReasonForm label={t("qualifications.revokeReason")} confirm={t("qualifications.revokeConfirm")} required danger pending={revoke.isPending} error={revoke.error} onSubmit={(r) => revoke.mutate(r)} onCancel={() => setRevoking(false)} />}
      </td>
    </tr>
  );
}

function GrantForm({ instruments, zone }: { instruments: { id: number; name: string }[]; zone: string }) {
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
      {grant.isError && <Alert kind="error">{errorMessage(grant.error, t)}</Alert>}
      {grant.isSuccess && <Alert kind="success">{t("qualifications.granted_ok", { name: grant.data.userName, instrument: grant.data.instrumentName })}</Alert>}
      <div className="button-row"><button type="submit" className="button" disabled={grant.isPending}>{t("qualifications.grant")}</button></div>
    </form>
  );
}
