import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ReservationSummarySchema, WEEKDAYS, type Instrument, type StaffMember } from "../../../../shared";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { AffectedList } from "../../ui/AffectedList";
import { WS } from "../../i18n/workspace";
import { canAddStaff } from "../../lib/workspace-sections";
import { useWorkspace } from "../../lib/use-workspace";
import { WeeklyHoursEditor } from "../../ui/WeeklyHoursEditor";
import { checkRows, fromRows, toRows, type WeekRows } from "../../ui/weekly-hours-form";
import { AddStaffForm, type CreatedStaff } from "./AddStaffForm";
import { ResetPasswordForm, StaffCredentials, type IssuedPassword } from "../accounts";
import { facilityInstrumentKeys, invalidate, staffKeys } from "../../api/query-keys";

/** The technical staff: instruments each supports, working hours, active or not; admins add people and reset passwords here. */
export default function StaffPage() {
  const { t } = useTranslation(WS);
  const { user, language } = useWorkspace();
  usePageTitle(t("nav.staff"));
  const roster = useQuery({ queryKey: staffKeys.roster(language), queryFn: () => workspaceApi.staffMembers({ includeInactive: true }) });
  const instruments = useQuery({
    queryKey: facilityInstrumentKeys.list(user.institutionId, false, language),
    queryFn: () => workspaceApi.instruments({ institutionId: user.institutionId ?? undefined }),
  });
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<CreatedStaff | null>(null);
  const [freshId, setFreshId] = useState<number | null>(null);
  const [resetting, setResetting] = useState<number | null>(null);
  const [resetDone, setResetDone] = useState<IssuedPassword | null>(null);
  const ownInstruments = instruments.data?.items.filter((i) => i.institutionId === user.institutionId) ?? [];
  return (
    <section className="page">
      <div className="page-head page-head-actions">
        <div>
          <h1>{t("staff.title")}</h1>
          <p className="muted">{t("staff.intro")}</p>
        </div>
        {canAddStaff(user.role) && !adding && !created && (
          <button type="button" className="button" onClick={() => setAdding(true)}>{t("staffNew.add")}</button>
        )}
      </div>
      {adding && (
        <AddStaffForm instruments={ownInstruments} onCancel={() => setAdding(false)}
          onCreated={(person) => { setAdding(false); setCreated(person); setFreshId(person.member.id); }} />
      )}
      {created && <StaffCredentials issued={{ person: created.member, password: created.password }} onClose={() => setCreated(null)} />}
      {resetDone && <StaffCredentials issued={resetDone} reset onClose={() => setResetDone(null)} />}
      {roster.isPending && <Loading />}
      {roster.isError && <Alert kind="error">{errorMessage(roster.error, t)}</Alert>}
      <ul className="staff-list">
        {roster.data?.map((m) => (
          <li key={m.id} className={`card staff-card${m.active ? "" : " staff-inactive"}${m.id === freshId ? " staff-fresh" : ""}`}>
            {editing === m.id ? (
              <StaffEditor member={m} instruments={instruments.data?.items.filter((i) => i.institutionId === m.institutionId) ?? []} onDone={() => setEditing(null)} />
            ) : resetting === m.id ? (
              <ResetPasswordForm account={m} onCancel={() => setResetting(null)} onReset={(done) => { setResetting(null); setResetDone(done); }} />
            ) : (
              <StaffSummary member={m} fresh={m.id === freshId} onEdit={() => setEditing(m.id)}
                onResetPassword={canAddStaff(user.role) && m.active && m.userId !== user.id ? () => { setResetDone(null); setResetting(m.id); } : undefined} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StaffSummary({ member: m, fresh, onEdit, onResetPassword }: { member: StaffMember; fresh: boolean; onEdit: () => void; onResetPassword?: () => void }) {
  const { t } = useTranslation(WS);
  const { writable } = useWorkspace();
  const days = WEEKDAYS.filter((d) => (m.workingHours[d] ?? []).length > 0)
    .map((d) => `${t(`weekdays.${d}`)} ${(m.workingHours[d] ?? []).map((w) => `${w.start}–${w.end}`).join(", ")}`);
  return (
    <div className="staff-summary">
      <div>
        <h2 className="card-title">{m.name} {!m.active && <span className="badge badge-retired">{t("staff.inactive")}</span>}{fresh && <span className="badge badge-active">{t("staff.fresh")}</span>}</h2>
        <p className="muted small">{m.email}</p>
        <p className="small"><strong>{t("staff.instruments")}:</strong> {m.instruments.map((i) => i.name).join(" · ") || t("staff.noInstruments")}</p>
        <p className="small"><strong>{t("staff.hours")}:</strong> {days.join(" / ") || t("hours.closed")}</p>
      </div>
      <div className="button-row">
        {writable && <button type="button" className="button button-secondary button-small" onClick={onEdit}>{t("staff.edit")}</button>}
        {onResetPassword && (
          <button type="button" className="button button-secondary button-small" onClick={onResetPassword} aria-label={`${t("staffReset.action")}: ${m.name}`}>{t("staffReset.action")}</button>
        )}
      </div>
    </div>
  );
}

function StaffEditor({ member: m, instruments, onDone }: { member: StaffMember; instruments: Instrument[]; onDone: () => void }) {
  const { t } = useTranslation(WS);
  const { zone, language } = useWorkspace();
  const client = useQueryClient();
  const [rows, setRows] = useState<WeekRows>(toRows(m.workingHours));
  const [selected, setSelected] = useState<Set<number>>(new Set(m.instruments.map((i) => i.id)));
  const save = useMutation({
    mutationFn: (body: Parameters<typeof workspaceApi.updateStaffMember>[1]) => workspaceApi.updateStaffMember(m.id, body),
    onSuccess: () => { invalidate(client, staffKeys.all); onDone(); },
  });
  const stranded = save.error instanceof ApiError ? z.array(ReservationSummarySchema).safeParse(save.error.details?.assignments) : null;
  const errors = checkRows(rows);
  const toggle = (id: number) => setSelected((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  return (
    <div className="staff-editor">
      <h2 className="card-title">{m.name}</h2>
      <fieldset className="choice-group">
        <legend>{t("staff.instruments")}</legend>
        <div className="check-grid">
          {instruments.map((i) => (
            <label key={i.id} className="choice choice-compact">
              <input type="checkbox" checked={selected.has(i.id)} onChange={() => toggle(i.id)} />
              <span>{i.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <h3>{t("staff.hours")}</h3>
      <WeeklyHoursEditor label={t("staff.hours")} rows={rows} errors={errors} onChange={setRows} />
      {save.isError && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      {stranded?.success && stranded.data.length > 0 && <AffectedList items={stranded.data} zone={zone} language={language} />}
      <div className="button-row">
        <button type="button" className="button" disabled={save.isPending || Object.keys(errors).length > 0}
          onClick={() => save.mutate({ workingHours: fromRows(rows), instrumentIds: [...selected] })}>{t("staff.save")}</button>
        <button type="button" className="button button-danger-outline" disabled={save.isPending} onClick={() => save.mutate({ active: !m.active })}>
          {m.active ? t("staff.deactivate") : t("staff.reactivate")}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>{t("common.back")}</button>
      </div>
    </div>
  );
}
