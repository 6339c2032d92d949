import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api } from "../../api/endpoints";
import { quotesApi } from "../../api/quotes";
import { catalogueKeys, consultationKeys, quoteKeys } from "../../api/query-keys";
import { errorMessage } from "../../lib/error-message";
import { Alert } from "../../ui/Alert";
import { useQuotesTranslation } from "./i18n";
import { EMPTY_ITEM, quoteRequest, type QuoteValues } from "./quote-form";
import { QuoteFormFields } from "./QuoteFormFields";

/** Staff of a routed institution propose a plan: sessions, extra staff hours, consumables, validity, notes. */
export function QuoteForm({ consultationId, institutionId, revising }: { consultationId: number; institutionId: number; revising: boolean }) {
  const { t, language } = useQuotesTranslation();
  const client = useQueryClient();
  const search = { institutionId, page: 1, pageSize: 100 };
  const instruments = useQuery({ queryKey: catalogueKeys.search(search, language), queryFn: () => api.instruments(search) });
  const [values, setValues] = useState<QuoteValues>({ items: [EMPTY_ITEM], staffHours: "", consumables: [], validUntil: "", notes: "" });
  const issue = useMutation({
    mutationFn: () => quotesApi.issue(consultationId, quoteRequest(values)),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: quoteKeys.ofConsultation(consultationId) }),
      client.invalidateQueries({ queryKey: consultationKeys.detail(consultationId) }),
    ]),
  });
  const set = (patch: Partial<QuoteValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate();
  };
  return (
    <form className="quote-form" onSubmit={submit} aria-labelledby="quote-form-title">
      <h3 id="quote-form-title">{revising ? t("form.revise") : t("form.title")}</h3>
      {issue.isError && <Alert kind="error">{errorMessage(issue.error, t)}</Alert>}
      {issue.isSuccess && <Alert kind="success">{t("form.issued")}</Alert>}
      <QuoteFormFields values={values} set={set} instruments={instruments.data?.items ?? []} />
      <label htmlFor="quote-valid-until">{t("form.validUntil")}</label>
      <input id="quote-valid-until" type="date" value={values.validUntil} onChange={(e) => set({ validUntil: e.target.value })} required />
      <label htmlFor="quote-notes">{t("form.notes")}</label>
      <textarea id="quote-notes" value={values.notes} onChange={(e) => set({ notes: e.target.value })} maxLength={2000} />
      <button type="submit" className="button" disabled={issue.isPending}>{t("form.submit")}</button>
    </form>
  );
}
