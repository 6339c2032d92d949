import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ThesaurusEntry } from "../../../../shared";
import { searchApi } from "../../api/search";
import { catalogueKeys, invalidate, thesaurusKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { FocusNotice } from "../../ui/FocusNotice";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { BaseNeeds } from "./BaseNeeds";
import { draftOf, EMPTY_DRAFT, replacementOf, requestOf, type EntryDraft } from "./entry-draft";
import { EntryForm } from "./EntryForm";
import { EntryList } from "./EntryList";
import { TryQuery } from "./TryQuery";
import "./thesaurus.css";

/** The coordinator's search thesaurus: try a query, add or change needs, switch them off, replace base ones. */
export default function ThesaurusPage() {
  const { t } = useTranslation(WS);
  usePageTitle(t("thesaurus.title"));
  const client = useQueryClient();
  const thesaurus = useQuery({ queryKey: thesaurusKeys.all, queryFn: searchApi.thesaurus });
  const [draft, setDraft] = useState<EntryDraft>(EMPTY_DRAFT);
  const changed = () => invalidate(client, thesaurusKeys.all, catalogueKeys.all);
  const save = useMutation({
    mutationFn: (d: EntryDraft) => (d.id !== null ? searchApi.updateEntry(d.id, requestOf(d)) : searchApi.addEntry(requestOf(d))),
    onSuccess: () => {
      setDraft(EMPTY_DRAFT);
      changed();
    },
  });
  const toggle = useMutation({ mutationFn: (entry: ThesaurusEntry) => searchApi.updateEntry(entry.id, { enabled: !entry.enabled }), onSuccess: changed });
  const remove = useMutation({ mutationFn: (entry: ThesaurusEntry) => searchApi.removeEntry(entry.id), onSuccess: changed });
  const failed = [toggle, remove].find((mutation) => mutation.isError);
  return (
    <section className="page thesaurus-page">
      <div className="page-head">
        <h1>{t("thesaurus.title")}</h1>
        <p className="muted">{t("thesaurus.intro")}</p>
      </div>
      <TryQuery />
      {save.isSuccess && <FocusNotice kind="success">{t("thesaurus.saved")}</FocusNotice>}
      {failed && <Alert kind="error">{errorMessage(failed.error, t)}</Alert>}
      {thesaurus.isPending && <Loading />}
      {thesaurus.isError && <Alert kind="error">{errorMessage(thesaurus.error, t)}</Alert>}
      {thesaurus.data && (
        <>
          <EntryForm
            draft={draft}
            techniques={thesaurus.data.techniques}
            onChange={setDraft}
            onSubmit={(d) => save.mutate(d)}
            onCancel={() => setDraft(EMPTY_DRAFT)}
            pending={save.isPending}
            error={save.isError ? errorMessage(save.error, t) : null}
          />
          <EntryList entries={thesaurus.data.entries} techniques={thesaurus.data.techniques} onEdit={(entry) => setDraft(draftOf(entry))} onToggle={(entry) => toggle.mutate(entry)} onRemove={(entry) => remove.mutate(entry)} />
          <BaseNeeds thesaurus={thesaurus.data} onReplace={(need) => setDraft(replacementOf(need))} />
        </>
      )}
    </section>
  );
}
