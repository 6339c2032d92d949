import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Capability } from "../../../../shared";
import { DIR } from "../../i18n/directory";
import { MatchReason } from "../catalogue";
import { askHref } from "./use-directory";

/** One capability in the directory: what, who, where, the instruments it uses, and the way to ask. */
export function CapabilityCard({ capability }: { capability: Capability }) {
  const { t } = useTranslation(DIR);
  return (
    <li className="card capability-card" data-testid="capability-card">
      <div className="card-body">
        <p className="card-kicker">{capability.institution.name}</p>
        <h2 className="card-title"><Link to={`/directory/${capability.id}`}>{capability.title}</Link></h2>
        <p className="card-meta">{capability.laboratory}</p>
        <p className="card-description">{capability.summary}</p>
        {capability.match && <MatchReason match={capability.match} />}
        {capability.instruments.length > 0 && (
          <p className="card-meta">
            {t("instruments")}:{" "}
            {capability.instruments.map((instrument, i) => (
              <span key={instrument.id}>{i > 0 && ", "}<Link to={`/instruments/${instrument.id}`}>{instrument.name}</Link></span>
            ))}
          </p>
        )}
        {!capability.published && <ul className="badges"><li className="badge badge-warning">{t("unpublished")}</li></ul>}
      </div>
      <div className="card-aside">
        <Link className="button" to={askHref(capability.id)} aria-label={`${t("ask")}: ${capability.title}`}>{t("ask")}</Link>
      </div>
    </li>
  );
}
