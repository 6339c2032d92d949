import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { INSTRUMENT_CATEGORIES, type ThesaurusResponse } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { WS } from "../../i18n/workspace";
import { draftProblem, toggled, type EntryDraft } from "./entry-draft";

interface Props {
  draft: EntryDraft;
  techniques: ThesaurusResponse["techniques"];
  onChange: (draft: EntryDraft) => void;
  onSubmit: (draft: EntryDraft) => void;
  onCancel: () => void;
  pending: boolean;
  error: string | null;
}

/** Adds or changes a thesaurus entry: phrases in both languages and the techniques or categories they lead to. */
export function EntryForm({ draft, techniques, onChange, onSubmit, onCancel, pending, error }: Props) {
  const { t, i18n } = useTranslation(WS);
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblem(draft);
    setProblem(found);
    if (!found) onSubmit(draft);
  };
  const title = draft.id !== null ? t("thesaurus.editTitle", { id: draft.id }) : t("thesaurus.addTitle");
  return (
    <form className="card form-card thesaurus-form" onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {draft.replaces && <p className="muted">{t("thesaurus.replacing", { key: draft.replaces })}</p>}
      {(problem || error) && <Alert kind="error">{problem ? t(`thesaurus.${problem}`) : error}</Alert>}
      <label className="field">
        <span>{t("thesaurus.ja")}</span>
        <textarea rows={2} value={draft.ja} onChange={(e) => onChange({ ...draft, ja: e.target.value })} aria-describedby="thesaurus-phrases-hint" />
      </label>
      <label className="field">
        <span>{t("thesaurus.en")}</span>
        <textarea rows={2} value={draft.en} onChange={(e) => onChange({ ...draft, en: e.target.value })} aria-describedby="thesaurus-phrases-hint" />
      </label>
      <p className="field-hint" id="thesaurus-phrases-hint">{t("thesaurus.phrasesHint")}</p>
      <fieldset className="checkbox-grid">
        <legend>{t("thesaurus.techniques")}</legend>
        {techniques.map((technique) => (
          <label key={technique.id} className="checkbox">
            <input type="checkbox" checked={draft.techniques.includes(technique.id)} onChange={() => onChange({ ...draft, techniques: toggled(draft.techniques, technique.id) })} />
            {technique[language]}
          </label>
        ))}
      </fieldset>
      <fieldset className="checkbox-grid">
        <legend>{t("thesaurus.categories")}</legend>
        {INSTRUMENT_CATEGORIES.map((category) => (
          <label key={category} className="checkbox">
            <input type="checkbox" checked={draft.categories.includes(category)} onChange={() => onChange({ ...draft, categories: toggled(draft.categories, category) })} />
            {t(`categories.${category}`)}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => onChange({ ...draft, enabled: e.target.checked })} />
        {t("thesaurus.enabled")}
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>{draft.id !== null ? t("thesaurus.save") : t("thesaurus.add")}</button>
        {(draft.id !== null || draft.replaces) && <button type="button" className="button-secondary" onClick={onCancel}>{t("thesaurus.cancelEdit")}</button>}
      </div>
    </form>
  );
}
