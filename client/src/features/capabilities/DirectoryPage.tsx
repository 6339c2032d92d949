import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DIR } from "../../i18n/directory";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { Pagination } from "../../ui/Pagination";
import { CapabilityCard } from "./CapabilityCard";
import { PAGE_SIZE, useCapabilitySearch } from "./use-directory";
import "./directory.css";

/** The technology directory: the region's research capabilities, searched like the catalogue; state in the URL. */
export default function DirectoryPage() {
  const { t } = useTranslation(DIR);
  usePageTitle(t("title"));
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const results = useCapabilitySearch({ q: q || undefined, page });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };
  const goToPage = (next: number) => {
    setParams({ ...(q && { q }), page: String(next) });
    document.getElementById("results")?.focus();
  };

  return (
    <section className="page directory-page">
      <div className="hero">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <form className="search" role="search" onSubmit={submit}>
          <label htmlFor="directory-q" className="search-label">{t("searchLabel")}</label>
          <div className="search-row">
            <input id="directory-q" type="search" value={draft} maxLength={200} placeholder={t("searchPlaceholder")} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit" className="button">{t("search")}</button>
          </div>
        </form>
      </div>
      <div id="results" tabIndex={-1} className="results" aria-busy={results.isFetching}>
        {results.isPending && <Loading />}
        {results.isError && <Alert kind="error">{errorMessage(results.error, t)}</Alert>}
        {results.data && (
          <>
            <p className="results-count" aria-live="polite">{t("results", { count: results.data.total })}</p>
            {results.data.items.length === 0 ? (
              <p className="empty">{t("none")}</p>
            ) : (
              <ul className="capability-list">
                {results.data.items.map((capability) => <CapabilityCard key={capability.id} capability={capability} />)}
              </ul>
            )}
            <Pagination page={page} pageCount={Math.ceil(results.data.total / PAGE_SIZE)} onPage={goToPage} />
          </>
        )}
      </div>
    </section>
  );
}
