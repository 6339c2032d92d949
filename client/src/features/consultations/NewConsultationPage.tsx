import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { api } from "../../api/endpoints";
import { consultationsApi } from "../../api/consultations";
import { consultationKeys, invalidate } from "../../api/query-keys";
import { CONSULT } from "../../i18n/consultations";
import { Alert } from "../../ui/Alert";
import { NeedFields, emptyNeed, type NeedForm } from "./NeedFields";
import { FilePicker, fileProblems, useUploadFiles } from "./ConsultationFiles";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";

const positiveId = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/** "Ask for advice": a company describes its need; prefilled from the catalogue (?q=), an instrument or a directory entry. */
export default function NewConsultationPage() {
  const { t, i18n } = useTranslation(CONSULT);
  usePageTitle(t("consult.new.title"));
  const [params] = useSearchParams();
  const { data: user } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const instrumentId = positiveId(params.get("instrumentId"));
  const capabilityId = positiveId(params.get("capabilityId"));
  const instrument = useQuery({ queryKey: ["instrument", instrumentId], queryFn: () => api.instrument(instrumentId!), enabled: instrumentId !== undefined });
  const [form, setForm] = useState<NeedForm>(() => emptyNeed(params.get("q") ?? "", i18n.resolvedLanguage === "en" ? "en" : "ja"));
  const [files, setFiles] = useState<File[]>([]);
  const [notAttached, setNotAttached] = useState<{ id: number; failed: string[] } | null>(null);
  const upload = useUploadFiles();
  const send = useMutation({
    mutationFn: async () => {
      const consultation = await consultationsApi.create({
        summary: form.summary, details: form.details, material: form.material || undefined, wantToKnow: form.wantToKnow || undefined,
        sampleCount: form.sampleCount ? Number(form.sampleCount) : undefined, sampleForm: form.sampleForm || undefined,
        desiredBy: form.desiredBy || undefined, shareWithOtherInstitutions: form.share, preferredLanguage: form.language as "ja" | "en",
        contact: { name: form.contactName || undefined, email: form.contactEmail || undefined, phone: form.contactPhone || undefined },
        instrumentId, capabilityId,
      });
      return { id: consultation.id, failed: await upload(consultation.id, files) };
    },
    onSuccess: ({ id, failed }) => {
      invalidate(client, consultationKeys.all);
      // The request is sent either way; files that could not follow it are named, with the way to add them.
      if (failed.length > 0) setNotAttached({ id, failed });
      else void navigate(`/consultations/${id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (fileProblems(files, t).length === 0) send.mutate();
  };
  if (user && user.role !== "company_member") return <section className="page"><h1>{t("consult.new.title")}</h1><Alert kind="info">{t("consult.new.companyOnly")}</Alert></section>;
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  return (
    <section className="page narrow">
      <div className="page-head">
        <h1>{t("consult.new.title")}</h1>
        <p className="muted">{t("consult.new.intro")}</p>
        <p><Link to="/consultations">{t("consult.list.title")}</Link></p>
      </div>
      {instrument.data && <p data-testid="about-instrument">{t("consult.new.about", { name: language === "en" ? instrument.data.nameEn : instrument.data.nameJa })}</p>}
      {capabilityId !== undefined && <p>{t("consult.new.aboutCapability", { id: capabilityId })}</p>}
      {!user && <Alert kind="info">{t("consult.new.companyOnly")}</Alert>}
      {send.isError && <Alert kind="error">{errorMessage(send.error, t)}</Alert>}
      {notAttached ? <NotAttached {...notAttached} /> : (
        <form onSubmit={submit} className="form" data-testid="consultation-form">
          <NeedFields form={form} setForm={setForm} />
          <FilePicker files={files} onChange={setFiles} label={t("consult.files.needFiles")} />
          <button type="submit" className="button" disabled={send.isPending || !user}>{t("consult.new.send")}</button>
        </form>
      )}
    </section>
  );
}

function NotAttached({ id, failed }: { id: number; failed: string[] }) {
  const { t } = useTranslation(CONSULT);
  return (
    <Alert kind="error">
      {t("consult.files.notAttached")}
      <ul>{failed.map((line) => <li key={line}>{line}</li>)}</ul>
      <Link to={`/consultations/${id}`}>{t("consult.files.openRequest")}</Link>
    </Alert>
  );
}
