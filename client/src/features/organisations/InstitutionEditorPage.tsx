import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { INSTITUTION_KINDS, PREFECTURES } from "../../../../shared";
import { organisationsApi } from "../../api/organisations";
import { institutionKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { Loading } from "../../ui/Loading";
import { apiFieldErrors, type FieldErrors } from "../../lib/form-errors";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { prefectureName } from "../../i18n/prefectures";
import { useOrganisationsTranslation } from "./i18n";
import { InvitePanel } from "./InvitePanel";
import { bodyOf, EMPTY_INSTITUTION, formOf, isContactField, type InstitutionForm } from "./institution-form";

/** Create an institution (coordinator) or edit one (coordinator: everything; its admin: the contacts), and invite its people. */
export default function InstitutionEditorPage() {
  const { id } = useParams();
  const existing = id && id !== "new" ? Number(id) : null;
  const { t, tApp } = useOrganisationsTranslation();
  const loaded = useQuery({ queryKey: institutionKeys.detail(existing ?? 0), queryFn: () => organisationsApi.institution(existing!), enabled: existing !== null });
  usePageTitle(existing ? loaded.data && t("institutions.editTitle", { name: loaded.data.name }) : t("institutions.newTitle"));
  if (existing && loaded.isError) return <Alert kind="error">{errorMessage(loaded.error, tApp)}</Alert>;
  if (existing && !loaded.data) return <Loading />;
  return (
    <section className="page" aria-labelledby="institution-title">
      <p><Link to="/workspace/institutions">{t("institutions.back")}</Link></p>
      <h1 id="institution-title">{loaded.data ? t("institutions.editTitle", { name: loaded.data.name }) : t("institutions.newTitle")}</h1>
      <InstitutionEditor key={existing ?? "new"} id={existing} initial={loaded.data ? formOf(loaded.data) : EMPTY_INSTITUTION} />
      {existing && <InvitePanel owner={{ kind: "institutions", id: existing }} />}
    </section>
  );
}

function InstitutionEditor({ id, initial }: { id: number | null; initial: InstitutionForm }) {
  const { t, tApp } = useOrganisationsTranslation();
  const { data: user } = useSession();
  const contactsOnly = user?.role !== "coordinator";
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const navigate = useNavigate();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: () => (id ? organisationsApi.updateInstitution(id, bodyOf(form, contactsOnly)) : organisationsApi.createInstitution(form)),
    onSuccess: (institution) => {
      invalidate(client, institutionKeys.all);
      setErrors({});
      if (!id) navigate(`/workspace/institutions/${institution.id}?created=1`);
    },
    onError: (error) => setErrors(apiFieldErrors(error)),
  });
  const created = new URLSearchParams(useLocation().search).has("created");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="card form-section" onSubmit={submit} noValidate data-testid="institution-form">
      {contactsOnly && <p className="muted small">{t("institutions.contactsOnly")}</p>}
      {created && !save.isSuccess && <Alert kind="success">{t("institutions.created")}</Alert>}
      <InstitutionFields form={form} errors={errors} contactsOnly={contactsOnly} onChange={setForm} />
      {save.isError && <Alert kind="error">{save.error && Object.keys(errors).length ? tApp("validation.summary") : errorMessage(save.error, tApp)}</Alert>}
      {save.isSuccess && id && <Alert kind="success">{t("institutions.saved")}</Alert>}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>{id ? t("institutions.save") : t("institutions.create")}</button>
      </div>
    </form>
  );
}

function InstitutionFields({ form, errors, contactsOnly, onChange: setForm }: { form: InstitutionForm; errors: FieldErrors; contactsOnly: boolean; onChange: (form: InstitutionForm) => void }) {
  const { t, language } = useOrganisationsTranslation();
  const input = (field: keyof InstitutionForm, type = "text", hint?: string) => (
    <Field label={t(`institutions.fields.${field}`)} hint={hint} error={errors[field]}>
      <input type={type} value={String(form[field])} disabled={contactsOnly && !isContactField(field)} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />
    </Field>
  );
  return (
    <div className="form-grid form-grid-2">
        {input("nameJa")}
        {input("nameEn")}
        <Field label={t("institutions.fields.kind")} error={errors.kind}>
          <select value={form.kind} disabled={contactsOnly} onChange={(e) => setForm({ ...form, kind: e.target.value as InstitutionForm["kind"] })}>
            {INSTITUTION_KINDS.map((kind) => <option key={kind} value={kind}>{t(`institutions.kinds.${kind}`)}</option>)}
          </select>
        </Field>
        <Field label={t("institutions.fields.prefecture")} error={errors.prefecture}>
          <select value={form.prefecture} disabled={contactsOnly} onChange={(e) => setForm({ ...form, prefecture: e.target.value as InstitutionForm["prefecture"] })}>
            {PREFECTURES.map((p) => <option key={p} value={p}>{prefectureName(p, language)}</option>)}
          </select>
        </Field>
        {input("timezone", "text", t("institutions.fields.timezoneHint"))}
        <label className="checkbox">
          <input type="checkbox" checked={form.closedOnNationalHolidays} disabled={contactsOnly} onChange={(e) => setForm({ ...form, closedOnNationalHolidays: e.target.checked })} />
          {t("institutions.fields.closedOnNationalHolidays")}
        </label>
        {input("contactEmail", "email")}
        {input("contactPhone", "tel")}
        {input("addressJa")}
        {input("addressEn")}
        {input("invoiceIssuerName")}
        {input("invoiceRegistrationNumber", "text", t("institutions.fields.invoiceRegistrationNumberHint"))}
      </div>
  );
}
