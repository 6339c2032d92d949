import { useTranslation } from "react-i18next";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { TermsText } from "./TermsText";
import { useAcceptTerms, useTerms } from "./use-terms";

/** The terms of use in force, for anyone; a signed-in user sees whether they accepted them and can do so here. */
export default function TermsPage() {
  const { t, i18n } = useTranslation();
  const { data: user } = useSession();
  const terms = useTerms();
  const accept = useAcceptTerms();
  usePageTitle(t("company.terms.title"));
  const current = terms.data;
  return (
    <section className="page narrow">
      <h1>{t("company.terms.title")}</h1>
      {terms.isPending && <Loading />}
      {terms.isError && <Alert kind="error">{errorMessage(terms.error, t)}</Alert>}
      {current === null && <p className="empty">{t("company.terms.none")}</p>}
      {current && (
        <article className="card">
          <p className="muted">
            {t("company.terms.version", { version: current.version })} · {t("company.terms.published", { date: formatDate(current.publishedAt, "Asia/Tokyo", i18n.resolvedLanguage ?? "ja") })}
          </p>
          <TermsText terms={current} />
          {user && (current.acceptedVersion ?? 0) >= current.version && <p className="notice-inline">{t("company.terms.accepted", { version: current.version })}</p>}
          {user && (current.acceptedVersion ?? 0) < current.version && (
            <>
              {accept.isError && <Alert kind="error">{errorMessage(accept.error, t)}</Alert>}
              <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate(current.version)}>
                {t("company.terms.accept", { version: current.version })}
              </button>
            </>
          )}
        </article>
      )}
    </section>
  );
}
