import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { LIMITS, LOCALES, type InvitationPreview } from "../../../../shared";
import { ApiError } from "../../api/http";
import { organisationsApi } from "../../api/organisations";
import { invitationKeys, sessionKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { Loading } from "../../ui/Loading";
import { apiFieldErrors, type FieldErrors } from "../../lib/form-errors";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { i18n } from "../../i18n";
import { useOrganisationsTranslation } from "./i18n";

/** Where a new account starts: companies in the catalogue, everyone else in the workspace. */
const homeOf = (role: string) => (role === "company_member" ? "/" : "/workspace");

/** The invitation link: what it is for, then name, password (twice) and language; or why it can no longer be used. */
export default function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const { t, tApp } = useOrganisationsTranslation();
  usePageTitle(t("accept.title"));
  const preview = useQuery({ queryKey: invitationKeys.link(token), queryFn: () => organisationsApi.invitation(token), retry: false });
  const gone = preview.error instanceof ApiError && (preview.error.status === 404 || preview.error.status === 400);
  return (
    <section className="page narrow" aria-labelledby="accept-title">
      <h1 id="accept-title">{t("accept.title")}</h1>
      {preview.isPending && <Loading />}
      {gone && <Alert kind="error">{t("accept.states.notFound")}</Alert>}
      {preview.isError && !gone && <Alert kind="error">{errorMessage(preview.error, tApp)}</Alert>}
      {preview.data && preview.data.state !== "pending" && (
        <>
          <Alert kind="warning">{t(`accept.states.${preview.data.state}`)}</Alert>
          {preview.data.state === "accepted" && <p><Link to="/login">{t("accept.signIn")}</Link></p>}
        </>
      )}
      {preview.data?.state === "pending" && <AcceptForm token={token} invitation={preview.data} />}
    </section>
  );
}

function Summary({ invitation }: { invitation: InvitationPreview }) {
  const { t, language } = useOrganisationsTranslation();
  const organisation = invitation.company?.name ?? (invitation.institution ? (language === "ja" ? invitation.institution.nameJa : invitation.institution.nameEn) : null);
  const when = new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "long", timeZone: "Asia/Tokyo" }).format(new Date(invitation.expiresAt));
  return (
    <div className="card" data-testid="invitation-summary">
      <p><strong>{organisation ? t("accept.invitedAs", { role: t(`invitations.roles.${invitation.role}`), organisation }) : t("accept.invitedAsCoordinator")}</strong></p>
      {invitation.invitedBy && <p>{t("accept.invitedBy", { name: invitation.invitedBy })}</p>}
      <p>{t("accept.email", { email: invitation.email })}</p>
      <p className="muted small">{t("accept.expires", { when })}</p>
    </div>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t, tApp, language } = useOrganisationsTranslation();
  const [form, setForm] = useState({ displayName: "", password: "", confirm: "", locale: language });
  const [errors, setErrors] = useState<FieldErrors>({});
  const client = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: () => organisationsApi.acceptInvitation(token, { displayName: form.displayName, password: form.password, locale: form.locale }),
    onSuccess: (user) => {
      client.setQueryData(sessionKeys.all, user);
      void i18n.changeLanguage(user.locale);
      navigate(homeOf(user.role));
    },
    onError: (error) => setErrors(apiFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.password !== form.confirm) return setErrors({ confirm: { key: "passwordMismatch" } });
    setErrors({});
    accept.mutate();
  };
  return (
    <>
      <Summary invitation={invitation} />
      <form className="card form-section" onSubmit={submit} noValidate data-testid="accept-form">
        <Field label={t("accept.name")} error={errors.displayName}>
          <input type="text" autoComplete="name" maxLength={LIMITS.nameMaxLength} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        </Field>
        <Field label={t("accept.password")} hint={t("accept.passwordHint", { min: LIMITS.passwordMinLength })} error={errors.password}>
          <input type="password" autoComplete="new-password" maxLength={LIMITS.passwordMaxLength} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        </Field>
        <Field label={t("accept.confirm")} error={errors.confirm}>
          <input type="password" autoComplete="new-password" maxLength={LIMITS.passwordMaxLength} value={form.confirm} onChange={(e) => setForm({ ...form, confirm: e.target.value })} />
        </Field>
        <Field label={t("accept.language")}>
          <select value={form.locale} onChange={(e) => setForm({ ...form, locale: e.target.value as "ja" | "en" })}>
            {LOCALES.map((l) => <option key={l} value={l}>{t(`invitations.languages.${l}`)}</option>)}
          </select>
        </Field>
        {accept.isError && <Alert kind="error">{Object.keys(errors).length ? tApp("validation.summary") : errorMessage(accept.error, tApp)}</Alert>}
        <div className="button-row">
          <button type="submit" className="button" disabled={accept.isPending}>{t("accept.submit")}</button>
        </div>
      </form>
    </>
  );
}
