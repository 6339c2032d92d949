import { useTranslation } from "react-i18next";
import type { ThesaurusEntry, ThesaurusResponse } from "../../../../shared";
import { WS } from "../../i18n/workspace";

interface Props {
  entries: ThesaurusEntry[];
  techniques: ThesaurusResponse["techniques"];
  onEdit: (entry: ThesaurusEntry) => void;
  onToggle: (entry: ThesaurusEntry) => void;
  onRemove: (entry: ThesaurusEntry) => void;
}

/** The coordinator's entries: phrases → techniques and categories, each changeable, switchable and removable. */
export function EntryList({ entries, techniques, onEdit, onToggle, onRemove }: Props) {
  const { t, i18n } = useTranslation(WS);
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const techniqueName = (id: string) => techniques.find((technique) => technique.id === id)?.[language] ?? id;
  return (
    <section className="card" aria-labelledby="thesaurus-entries">
      <h2 id="thesaurus-entries">{t("thesaurus.entriesTitle")}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t("thesaurus.noEntries")}</p>
      ) : (
        <ul className="thesaurus-entries" data-testid="thesaurus-entries">
          {entries.map((entry) => (
            <li key={entry.id} className={entry.enabled ? undefined : "muted"}>
              <span>#{entry.id} </span>
              <strong>{[...entry.ja, ...entry.en].join(", ")}</strong> {t("thesaurus.leadsTo")}{" "}
              {[...entry.techniques.map(techniqueName), ...entry.categories.map((category) => t(`categories.${category}`))].join(", ")}
              {entry.replaces && <span className="muted"> ({t("thesaurus.replacing", { key: entry.replaces })})</span>}
              {!entry.enabled && <span className="badge"> {t("thesaurus.off")}</span>}
              <span className="actions">
                <button type="button" className="button-link" onClick={() => onEdit(entry)}>{t("thesaurus.edit")}</button>
                <button type="button" className="button-link" onClick={() => onToggle(entry)}>{entry.enabled ? t("thesaurus.switchOff") : t("thesaurus.switchOn")}</button>
                <button type="button" className="button-link" onClick={() => onRemove(entry)}>{t("thesaurus.remove")}</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
