import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { Pagination } from "../../ui/Pagination";
import { errorMessage } from "../../lib/error-message";
import { formatLocalDate } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { weekContaining } from "../../lib/week";
import { CatalogueFilters } from "./CatalogueFilters";
import { InstrumentCard } from "./InstrumentCard";
import { DidYouMean } from "./DidYouMean";
import "./search.css";
import { PAGE_SIZE, readSearch, writeSearch, type CatalogueSearch } from "./search-params";
import { useInstrumentSearch } from "./use-catalogue";

// Shown only when nothing matches: its search vocabulary (needs, techniques, thesaurus) loads on demand.
const NoResults = lazy(() => import("./NoResults").then((m) => ({ default: m.NoResults })));

/** The catalogue: search by need, filter, and page through results; all state lives in the URL. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const results = useInstrumentSearch(search);
  const { data: user } = useSession();
  const customerType = user?.company?.customerType ?? "sme";
  const language = i18n.resolvedLanguage ?? "ja";
  usePageTitle(t("catalogue.title"));

  const update = (next: CatalogueSearch) => setParams(writeSearch(next));
  // Another page of results starts at their top, with focus on their heading (the previous page stays until it loads).
  const goToPage = (page: number) => {
    update({ ...search, page });
    const heading = document.getElementById("results-heading");
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: "start" });
  };
  const freeOnLabel = search.freeOn ? formatLocalDate(search.freeOn, language) : null;
  const pageCount = results.data ? Math.ceil(results.data.total / PAGE_SIZE) : 0;

  return (
    <section className="page">
      <div className="hero">
        <h1>{t("catalogue.title")}</h1>
        <p>{t("catalogue.intro")}</p>
        <CatalogueFilters search={search} onChange={update} />
      </div>
      <div id="results" tabIndex={-1} className="results" aria-busy={results.isFetching}>
        {results.isPending && <Loading />}
        {results.isError && <Alert kind="error">{errorMessage(results.error, t)}</Alert>}
        {results.data && (
          <>
            <h2 id="results-heading" className="results-count" tabIndex={-1} aria-live="polite">{t("catalogue.results", { count: results.data.total })}</h2>
            <DidYouMean search={search} suggestions={results.data.suggestions} />
            {results.data.items.length === 0 ? (
              <Suspense fallback={null}><NoResults search={search} related={results.data.related} onChange={update} /></Suspense>
            ) : (
              <ul className="instrument-list">
                {results.data.items.map((instrument) => (
                  <InstrumentCard key={instrument.id} instrument={instrument} customerType={customerType} freeOnLabel={freeOnLabel} week={weekContaining(search.freeOn)} />
                ))}
              </ul>
            )}
            <Pagination page={search.page} pageCount={pageCount} onPage={goToPage} />
          </>
        )}
      </div>
    </section>
  );
}
