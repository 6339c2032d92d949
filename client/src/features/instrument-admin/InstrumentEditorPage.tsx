import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { z } from "zod";
import { ReservationSummarySchema, type InstrumentInput } from "../../../../shared";
import { api } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import type { FieldErrors } from "../../lib/form-errors";
import { usePageTitle } from "../../lib/page-title";
import { FocusNotice } from "../../ui/FocusNotice";
import { AffectedChoices, type AffectedChoice } from "./AffectedChoices";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { checkInstrument, emptyForm, formFromInstrument, type InstrumentForm } from "./instrument-form";
import { InstrumentFields } from "./InstrumentFields";
import { InstrumentStatusPanel } from "./InstrumentStatusPanel";
import { PhotosPanel } from "../files";
import { BillingPolicyEditor } from "../billing";
import { facilityInstrumentKeys, invalidate } from "../../api/query-keys";

/** Creates an instrument (/workspace/instruments/new) or edits one, with its status beside. */
export default function InstrumentEditorPage() {
  const { t, i18n } = useTranslation(WS);
  const { writable, language, user } = useWorkspace();
  const params = useParams();
  const id = params.id === "new" ? null : Number(params.id);
  const existing = useQuery({ queryKey: facilityInstrumentKeys.editor(id!, i18n.resolvedLanguage), queryFn: () => api.instrument(id!), enabled: id !== null });
  const [form, setForm] = useState<InstrumentForm | null>(id === null ? emptyForm() : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (existing.data && !form) setForm(formFromInstrument(existing.data));
  }, [existing.data, form]);
  usePageTitle(id === null ? t("editor.newTitle") : existing.data?.name);
  const save = useSaveInstrument(id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkInstrument(form!);
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(".field-invalid input, .field-invalid select, .field-invalid textarea")?.focus());
      return;
    }
    setErrors({});
    save.mutate({ body: checked.data });
  };
  const choose = (choice: AffectedChoice) => {
    const checked = checkInstrument(form!);
    if (checked.ok) save.mutate({ body: checked.data, choice });
  };

  if (id !== null && existing.isError) return <Alert kind="error">{errorMessage(existing.error, t)}</Alert>;
  if (!form) return <Loading />;
  return (
    <section className="page instrument-editor" data-testid="instrument-editor">
      <Link to="/workspace/instruments" className="back-link">← {t("instruments.title")}</Link>
      <div className="page-head">
        <h1>{id === null ? t("editor.newTitle") : t("editor.editTitle", { name: language === "en" ? form.nameEn : form.nameJa })}</h1>
        {existing.data && <p className="muted">{existing.data.institution.name} · <Link to={`/instruments/${existing.data.id}`}>{t("editor.viewInCatalogue")}</Link></p>}
        {existing.data?.openingHoursChange && <p className="muted" data-testid="hours-change">{t("editor.affected.scheduled", { date: existing.data.openingHoursChange.from })}</p>}
      </div>
      <div className="editor-layout">
        <form onSubmit={submit} noValidate>
          <InstrumentFields form={form} errors={errors} disabled={!writable} onChange={(change) => { setForm({ ...form, ...change }); save.reset(); }} />
          {writable && <EditorFooter id={id} errorCount={Object.keys(errors).length} save={save} onChoose={choose} />}
        </form>
        {existing.data && (
          <aside>
            <InstrumentStatusPanel instrument={existing.data} writable={writable} />
            <PhotosPanel instrument={existing.data} writable={writable} />
            <BillingPolicyEditor instrumentId={existing.data.id} writable={writable && user.role === "institution_admin"} />
          </aside>
        )}
      </div>
    </section>
  );
}

/** Creates the instrument, or saves the one being edited; a created instrument opens at its own address. */
function useSaveInstrument(id: number | null) {
  const { i18n } = useTranslation(WS);
  const navigate = useNavigate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, choice }: { body: InstrumentInput; choice?: AffectedChoice }) =>
      id === null ? workspaceApi.createInstrument(body) : workspaceApi.updateInstrument(id, { ...body, ...choice }),
    onSuccess: (saved) => {
      invalidate(client, facilityInstrumentKeys.all);
      client.setQueryData(facilityInstrumentKeys.editor(saved.id, i18n.resolvedLanguage), saved);
      if (id === null) navigate(`/workspace/instruments/${saved.id}`, { replace: true, state: { created: true } });
    },
  });
}

/** Save outcome (errors, the bookings a change would hit, success) and the save and back buttons. */
function EditorFooter({ id, errorCount, save, onChoose }: { id: number | null; errorCount: number; save: ReturnType<typeof useSaveInstrument>; onChoose: (choice: AffectedChoice) => void }) {
  const { t } = useTranslation(WS);
  const { zone, language } = useWorkspace();
  const affected = save.error instanceof ApiError ? z.array(ReservationSummarySchema).safeParse(save.error.details?.reservations) : null;
  return (
    <div className="form-footer sticky-footer">
      {errorCount > 0 && <Alert kind="error">{t("editor.fixErrors", { count: errorCount })}</Alert>}
      {save.isError && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      {affected?.success && affected.data.length > 0 && <AffectedChoices items={affected.data} zone={zone} language={language} pending={save.isPending} onChoose={onChoose} />}
      {save.isSuccess && <FocusNotice key={save.submittedAt} kind="success">{savedNotice(t, save.variables.choice)}</FocusNotice>}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>{id === null ? t("editor.create") : t("editor.save")}</button>
        <Link to="/workspace/instruments" className="button button-secondary">{t("common.back")}</Link>
      </div>
    </div>
  );
}

function savedNotice(t: TFunction, choice: AffectedChoice | undefined): string {
  if (!choice) return t("editor.saved");
  if ("openingHoursFrom" in choice) return t("editor.affected.savedFrom", { date: choice.openingHoursFrom });
  return t(choice.onAffected === "cancel" ? "editor.affected.savedCancelled" : "editor.affected.savedKept");
}
