import { useQuery } from "@tanstack/react-query";
import { quotesApi } from "../../api/quotes";
import { quoteKeys } from "../../api/query-keys";
import { errorMessage } from "../../lib/error-message";
import { useSession } from "../../lib/use-session";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { useQuotesTranslation } from "./i18n";
import { QuoteActions } from "./QuoteActions";
import { QuoteDocument } from "./QuoteDocument";
import { QuoteForm } from "./QuoteForm";
import "./quotes.css";

/**
 * A consultation's quotes: the newest version with the company's answer and "book this session", earlier versions
 * below, and for staff of a routed institution the form for a (revised) quote. The consultation page mounts it.
 */
export function QuotesPanel({ consultationId }: { consultationId: number }) {
  const { t } = useQuotesTranslation();
  const { data: user } = useSession();
  const quotes = useQuery({ queryKey: quoteKeys.ofConsultation(consultationId), queryFn: () => quotesApi.list(consultationId) });
  const [latest, ...earlier] = quotes.data?.items ?? [];
  const facility = (user?.role === "staff" || user?.role === "institution_admin") && user.institutionId !== null;
  return (
    <section className="quotes-panel" aria-labelledby="quotes-title">
      <h2 id="quotes-title">{t("title")}</h2>
      {quotes.isPending && <Loading />}
      {quotes.isError && <Alert kind="error">{errorMessage(quotes.error, t)}</Alert>}
      {quotes.data && !latest && <p>{t("none")}</p>}
      {latest && (
        <>
          <QuoteDocument quote={latest} />
          <div className="quote-tools no-print">
            <button type="button" className="button-link" onClick={() => window.print()}>{t("print")}</button>
          </div>
          {user?.role === "company_member" && <QuoteActions quote={latest} />}
        </>
      )}
      {earlier.length > 0 && (
        <details className="quote-history no-print">
          <summary>{t("history")}</summary>
          {earlier.map((quote) => <QuoteDocument key={quote.id} quote={quote} />)}
        </details>
      )}
      {facility && quotes.data && <QuoteForm consultationId={consultationId} institutionId={user.institutionId!} revising={!!latest} />}
    </section>
  );
}
