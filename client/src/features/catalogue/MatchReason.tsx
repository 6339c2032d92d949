import { useTranslation } from "react-i18next";
import type { SearchMatch } from "../../../../shared";

/** Why a search found this instrument: the need it answers through which technique, and the words it matched. */
export function MatchReason({ match }: { match: SearchMatch }) {
  const { t } = useTranslation();
  if (match.via.length === 0 && match.terms.length === 0) return null;
  return (
    <div className="match-reason" data-testid="match-reason">
      {match.via.length > 0 && (
        <ul className="match-via" aria-label={t("catalogue.match.viaLabel")}>
          {match.via.map((v) => (
            <li key={v.techniqueId}>{t("catalogue.match.via", { need: v.need, technique: v.technique })}</li>
          ))}
        </ul>
      )}
      {match.terms.length > 0 && (
        <p className="match-terms">
          {t("catalogue.match.terms")}{" "}
          {match.terms.map((term, i) => (
            <span key={term}>{i > 0 && ", "}<mark>{term}</mark></span>
          ))}
        </p>
      )}
    </div>
  );
}
