import { useTranslation } from "react-i18next";
import type { ThesaurusResponse } from "../../../../shared";
import { WS } from "../../i18n/workspace";

interface Props {
  thesaurus: ThesaurusResponse;
  onReplace: (need: ThesaurusResponse["base"][number]) => void;
}

/** The repository's reviewed needs, each replaceable for this deployment. */
export function BaseNeeds({ thesaurus, onReplace }: Props) {
  const { t, i18n } = useTranslation(WS);
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const techniqueName = (id: string) => thesaurus.techniques.find((technique) => technique.id === id)?.[language] ?? id;
  return (
    <details className="card">
      <summary>{t("thesaurus.baseTitle")} ({thesaurus.base.length})</summary>
      <p className="muted">{t("thesaurus.baseIntro")}</p>
      <ul className="thesaurus-entries">
        {thesaurus.base.map((need) => (
          <li key={need.key}>
            <strong>{need[language].slice(0, 4).join(", ")}</strong> {t("thesaurus.leadsTo")} {need.techniques.map(techniqueName).join(", ")}
            {need.replacedBy !== null ? (
              <span className="muted"> ({t("thesaurus.replacedBy", { id: need.replacedBy })})</span>
            ) : (
              <button type="button" className="button-link" onClick={() => onReplace(need)}>{t("thesaurus.replace")}</button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
