import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { withFilter, writeSearch, type CatalogueSearch } from "./search-params";

/** "Did you mean": the closest known terms to a query that found little, each a link to its own search. */
export function DidYouMean({ search, suggestions }: { search: CatalogueSearch; suggestions: string[] | undefined }) {
  const { t } = useTranslation();
  if (!suggestions?.length) return null;
  return (
    <p className="did-you-mean" data-testid="did-you-mean">
      {t("catalogue.didYouMean")}{" "}
      {suggestions.map((term, index) => (
        <span key={term}>
          {index > 0 && t("catalogue.didYouMeanOr")}
          <Link to={`/?${writeSearch(withFilter(search, { q: term }))}`}>{term}</Link>
        </span>
      ))}
    </p>
  );
}
