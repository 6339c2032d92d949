import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, PublishTermsRequestSchema } from "../../../../shared";
import { companiesApi } from "../../api/companies";
import { invalidate, termsKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { FocusNotice } from "../../ui/FocusNotice";
import { errorMessage } from "../../lib/error-message";
import { validate, type FieldErrors } from "../../lib/form-errors";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { TermsText } from "./TermsText";
import { useTerms } from "./use-terms";

/** The coordinator publishes a new version of the terms of use (ja and en), starting from the one in force. */
export default function PublishTermsPage() {
  const { t } = useTranslation(WS);
  usePageTitle(t("company.terms.publishTitle"));
  const client = useQueryClient();
  const terms = useTerms();
  const [draft, setDraft] = useState<{ textJa: string; textEn: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const publish = useMutation({
    mutationFn: companiesApi.publishTerms,
    onSuccess: () => {
      setDraft(null);
      invalidate(client, termsKeys.all);
    },
  });
  const values = draft ?? { textJa: terms.data?.textJa ?? "", textEn: terms.data?.textEn ?? "" };
  const nextVersion = (terms.data?.version ?? 0) + 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(PublishTermsRequestSchema, values);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) publish.mutate(result.data);
  };
  const area = (field: "textJa" | "textEn") => (
    <textarea rows={10} maxLength={LIMITS.termsMaxLength} value={values[field]} onChange={(e) => setDraft({ ...values, [field]: e.target.value })} />
  );
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("company.terms.publishTitle")}</h1>
        <p className="muted">{t("company.terms.publishIntro")}</p>
      </div>
      {publish.isSuccess && <FocusNotice kind="success">{t("company.terms.publishedNotice", { version: publish.data.version })}</FocusNotice>}
      {terms.data && (
        <details className="card">
          <summary>{t("company.terms.current")} · {t("company.terms.version", { version: terms.data.version })}</summary>
          <TermsText terms={terms.data} />
        </details>
      )}
      <form className="card form-card" onSubmit={submit} noValidate>
        {publish.isError && <Alert kind="error">{errorMessage(publish.error, t)}</Alert>}
        <Field label={t("company.terms.textJa")} error={errors.textJa}>{area("textJa")}</Field>
        <Field label={t("company.terms.textEn")} error={errors.textEn}>{area("textEn")}</Field>
        <button type="submit" className="button" disabled={publish.isPending || terms.isPending}>{t("company.terms.publish", { version: nextVersion })}</button>
      </form>
    </section>
  );
}
