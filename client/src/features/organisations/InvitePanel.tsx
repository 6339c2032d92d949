import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { LOCALES, type Invitation, type InvitationCreatedResponse } from "../../../../shared";
import { organisationsApi, type InvitationOwner } from "../../api/organisations";
import { invalidate, invitationKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { useConfirm } from "../../ui/ConfirmDialog";
import { CopyField } from "../../ui/CopyField";
import { Field } from "../../ui/Field";
import { apiFieldErrors } from "../../lib/form-errors";
import { errorMessage } from "../../lib/error-message";
import { useOrganisationsTranslation } from "./i18n";

const ROLES = { institutions: ["staff", "admin"], companies: ["member", "admin"] } as const;

/** Invite someone to an institution or company, see the link once, and the list of invitations with revoke. */
export function InvitePanel({ owner }: { owner: InvitationOwner }) {
  const { t } = useOrganisationsTranslation();
  const [created, setCreated] = useState<{ email: string; link: InvitationCreatedResponse["invitation"] } | null>(null);
  return (
    <section className="card form-section" aria-labelledby="invitations-title" data-testid="invite-panel">
      <h2 id="invitations-title">{t("invitations.title")}</h2>
      <p className="muted small">{t(owner.kind === "institutions" ? "invitations.institutionIntro" : "invitations.companyIntro")}</p>
      <InviteForm owner={owner} onCreated={setCreated} />
      {created && (
        <div className="invitation-link" data-testid="invitation-link">
          <label htmlFor="invitation-url"><strong>{t("invitations.linkTitle", { email: created.email })}</strong></label>
          <p className="field-hint">{t("invitations.linkHint")}</p>
          <CopyField id="invitation-url" value={created.link.url} testId="invitation-url" texts={{ copy: t("invitations.copy"), copied: t("invitations.copied"), copyManually: t("invitations.copyManually") }} />
        </div>
      )}
      <InvitationList owner={owner} />
    </section>
  );
}

function InviteForm({ owner, onCreated }: { owner: InvitationOwner; onCreated: (created: { email: string; link: InvitationCreatedResponse["invitation"] }) => void }) {
  const { t, tApp, language } = useOrganisationsTranslation();
  const client = useQueryClient();
  const roles = ROLES[owner.kind];
  const [form, setForm] = useState({ email: "", role: roles[0] as string, locale: language });
  const invite = useMutation({
    mutationFn: () => organisationsApi.invite(owner, form),
    onSuccess: (link) => {
      onCreated({ email: form.email.trim().toLowerCase(), link });
      setForm((f) => ({ ...f, email: "" }));
      invalidate(client, invitationKeys.of(owner.kind, owner.id));
    },
  });
  const errors = apiFieldErrors(invite.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="invite-form">
      <div className="form-grid form-grid-2">
        <Field label={t("invitations.email")} error={errors.email}>
          <input type="email" autoComplete="off" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </Field>
        <Field label={t("invitations.role")}>
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            {roles.map((role) => <option key={role} value={role}>{t(`invitations.short.${role}`)}</option>)}
          </select>
        </Field>
        <Field label={t("invitations.language")}>
          <select value={form.locale} onChange={(e) => setForm({ ...form, locale: e.target.value as "ja" | "en" })}>
            {LOCALES.map((l) => <option key={l} value={l}>{t(`invitations.languages.${l}`)}</option>)}
          </select>
        </Field>
      </div>
      {invite.isError && <Alert kind="error">{errorMessage(invite.error, tApp)}</Alert>}
      <div className="button-row">
        <button type="submit" className="button" disabled={invite.isPending}>{t("invitations.send")}</button>
      </div>
    </form>
  );
}

function InvitationList({ owner }: { owner: InvitationOwner }) {
  const { t, tApp, language } = useOrganisationsTranslation();
  const client = useQueryClient();
  const list = useQuery({ queryKey: invitationKeys.of(owner.kind, owner.id), queryFn: () => organisationsApi.invitations(owner) });
  const confirm = useConfirm();
  const revoke = useMutation({
    mutationFn: (id: number) => organisationsApi.revokeInvitation(id),
    onSettled: () => invalidate(client, invitationKeys.of(owner.kind, owner.id)),
  });
  const when = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }).format(new Date(iso));
  if (list.isError) return <Alert kind="error">{errorMessage(list.error, tApp)}</Alert>;
  if (!list.data) return null;
  if (list.data.length === 0) return <p className="muted">{t("invitations.none")}</p>;
  return (
    <>
      {confirm.dialog}
      {revoke.isError && <Alert kind="error">{errorMessage(revoke.error, tApp)}</Alert>}
      {revoke.isSuccess && <Alert kind="success">{t("invitations.revoked")}</Alert>}
      <table className="data-table" data-testid="invitations">
        <thead>
          <tr><th scope="col">{t("invitations.email")}</th><th scope="col">{t("invitations.role")}</th><th scope="col">{t("invitations.state")}</th><th scope="col">{t("invitations.sentBy")}</th><th scope="col">{t("invitations.expires")}</th><th scope="col"><span className="visually-hidden">{t("invitations.revoke")}</span></th></tr>
        </thead>
        <tbody>
          {list.data.map((invitation: Invitation) => (
            <tr key={invitation.id}>
              <td>{invitation.email}</td>
              <td>{t(`invitations.roles.${invitation.role}`)}</td>
              <td>{t(`invitations.states.${invitation.state}`)}</td>
              <td>{invitation.invitedBy ?? "—"}</td>
              <td>{when(invitation.expiresAt)}</td>
              <td>
                {invitation.state === "pending" && (
                  <button type="button" className="button button-small button-secondary" disabled={revoke.isPending} onClick={() => confirm.ask({ title: t("invitations.confirmRevoke", { email: invitation.email }), confirmLabel: t("invitations.revoke"), onConfirm: () => revoke.mutate(invitation.id) })}
                    aria-label={`${t("invitations.revoke")}: ${invitation.email}`}>{t("invitations.revoke")}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
