import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { CreateCapabilityRequestSchema } from "../../../../shared";
import { capabilitiesApi } from "../../api/capabilities";
import { ApiError } from "../../api/http";
import { capabilityKeys, invalidate } from "../../api/query-keys";
import { DIR } from "../../i18n/directory";
import { errorMessage } from "../../lib/error-message";
import { apiFieldErrors, validate, type FieldErrors } from "../../lib/form-errors";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { bodyOf, emptyForm, formFromCapability, type CapabilityForm } from "./capability-form";
import { CapabilityFields } from "./CapabilityFields";

/** Creates a capability (/workspace/capabilities/new) or edits and deletes one. */
export default function CapabilityEditorPage() {
  const { t } = useTranslation(DIR);
  const user = useSession().data!;
  const params = useParams();
  const id = params.id === "new" ? null : Number(params.id);
  const existing = useQuery({ queryKey: capabilityKeys.detail(id ?? 0, "editor"), queryFn: () => capabilitiesApi.get(id!), enabled: id !== null });
  const [form, setForm] = useState<CapabilityForm | null>(id === null ? emptyForm(user.institutionId) : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (existing.data && !form) setForm(formFromCapability(existing.data));
  }, [existing.data, form]);
  usePageTitle(id === null ? t("admin.new") : existing.data?.title);
  const { save, remove } = useCapabilityMutations(id, setErrors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(CreateCapabilityRequestSchema, bodyOf(form!));
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(".field-invalid input, .field-invalid textarea, .field-invalid select")?.focus());
      return;
    }
    setErrors({});
    save.mutate(form!);
  };
  const confirmRemove = () => {
    if (window.confirm(t("admin.confirmDelete", { title: existing.data?.title ?? "" }))) remove.mutate();
  };

  if (id !== null && existing.isError) return <Alert kind="error">{errorMessage(existing.error, t)}</Alert>;
  if (!form) return <Loading />;
  const failure = save.error ?? remove.error;
  return (
    <section className="page capability-editor" data-testid="capability-editor">
      <Link to="/workspace/capabilities" className="back-link">← {t("admin.title")}</Link>
      <h1>{id === null ? t("admin.new") : t("admin.edit")}</h1>
      {failure && <Alert kind="error">{failure instanceof ApiError && failure.details?.reason === "instrument_of_another_institution" ? t("admin.foreignInstrument") : errorMessage(failure, t)}</Alert>}
      <form onSubmit={submit} noValidate>
        <CapabilityFields form={form} errors={errors} onChange={setForm} chooseInstitution={user.role === "coordinator" && id === null} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>{t("admin.save")}</button>
          <Link to="/workspace/capabilities" className="button button-secondary">{t("admin.cancel")}</Link>
          {id !== null && <button type="button" className="button button-danger" onClick={confirmRemove} disabled={remove.isPending}>{t("admin.delete")}</button>}
        </div>
      </form>
    </section>
  );
}

function useCapabilityMutations(id: number | null, setErrors: (errors: FieldErrors) => void) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const done = () => {
    invalidate(client, capabilityKeys.all);
    navigate("/workspace/capabilities");
  };
  const save = useMutation({
    mutationFn: (form: CapabilityForm) => {
      const { institutionId: _institutionId, ...body } = bodyOf(form);
      return id === null ? capabilitiesApi.create(bodyOf(form)) : capabilitiesApi.update(id, body);
    },
    onSuccess: done,
    onError: (error) => setErrors(apiFieldErrors(error)),
  });
  const remove = useMutation({ mutationFn: () => capabilitiesApi.remove(id!), onSuccess: done });
  return { save, remove };
}
