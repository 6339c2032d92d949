import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InstrumentCategory } from "../../../../shared";
import { NEEDS } from "../../../../shared/search/needs";
import { useInstitutions } from "../../lib/use-institutions";
import { withFilter, type CatalogueSearch } from "./search-params";

/** Categories most companies start from, offered when a search finds nothing. */
const POPULAR_CATEGORIES: InstrumentCategory[] = ["electron_microscopy", "xray_diffraction", "surface_analysis", "thermal_analysis", "mechanical_testing", "mass_spectrometry"];

interface Props {
  search: CatalogueSearch;
  /** Techniques and categories the thesaurus (with the coordinator's entries) links to the query, from the server. */
  related?: string[];
  onChange: (search: CatalogueSearch) => void;
}

/** The consultation form, carrying what the company searched for. */
export const consultationHref = (q: string) => `/consultations/new?q=${encodeURIComponent(q)}`;

/**
 * An empty result that helps: the techniques the query's needs lead to, needs others search for, popular
 * categories, and a prominent way to ask the facility's staff for advice (the consultation form, with the query).
 */
export function NoResults({ search, related = [], onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const institutions = useInstitutions();
  const filtered = Boolean(search.category || search.institutionId || search.prefecture || search.freeOn);
  const examples = NEEDS.filter((need) => need.featured).map((need) => need[language][0]);
  const fresh = { q: "", category: "", institutionId: null, prefecture: "", freeOn: "", page: 1 } as const;
  return (
    <div className="empty no-results" data-testid="no-results">
      <p>{search.q ? t("catalogue.empty.nothingFor", { q: search.q }) : t("catalogue.noResults")}</p>
      <div className="ask-staff" role="note">
        <p className="empty-heading">{t("catalogue.empty.askStaff")}</p>
        <p>{t("catalogue.empty.askStaffHint")}</p>
        <Link className="button ask-staff-link" to={consultationHref(search.q)} data-testid="ask-staff">{t("catalogue.empty.askStaffLink")}</Link>
      </div>
      {filtered && (
        <p>
          <button type="button" className="button-link" onClick={() => onChange({ ...fresh, q: search.q })}>{t("catalogue.empty.withoutFilters")}</button>
        </p>
      )}
      {related.length > 0 && (
        <>
          <h2 className="empty-heading">{t("catalogue.empty.relatedTechniques", { q: search.q })}</h2>
          <ul className="suggestions">
            {related.map((technique) => (
              <li key={technique}><button type="button" className="chip" onClick={() => onChange({ ...fresh, q: technique })}>{technique}</button></li>
            ))}
          </ul>
        </>
      )}
      <h2 className="empty-heading">{t("catalogue.empty.tryNeeds")}</h2>
      <ul className="suggestions">
        {examples.map((example) => (
          <li key={example}><button type="button" className="chip" onClick={() => onChange(withFilter(search, { q: example }))}>{example}</button></li>
        ))}
      </ul>
      <h2 className="empty-heading">{t("catalogue.empty.popularCategories")}</h2>
      <ul className="suggestions">
        {POPULAR_CATEGORIES.map((category) => (
          <li key={category}><button type="button" className="chip" onClick={() => onChange({ ...fresh, category })}>{t(`categories.${category}`)}</button></li>
        ))}
      </ul>
      <h2 className="empty-heading">{t("catalogue.empty.staffContacts")}</h2>
      <ul className="staff-contacts">
        {institutions.data?.items.map((institution) => (
          <li key={institution.id}>{institution.name}: <a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a></li>
        ))}
      </ul>
    </div>
  );
}
