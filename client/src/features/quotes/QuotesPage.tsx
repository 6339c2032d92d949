import { Link, useParams } from "react-router";
import { usePageTitle } from "../../lib/page-title";
import { useQuotesTranslation } from "./i18n";
import { QuotesPanel } from "./QuotesPanel";

/** A consultation's quotes on a page of their own (printable; linked from the consultation page). */
export default function QuotesPage() {
  const { t } = useQuotesTranslation();
  const id = Number(useParams().id);
  usePageTitle(t("title"));
  return (
    <section className="page quotes-page">
      <p className="no-print"><Link to={`/consultations/${id}`}>← #{id}</Link></p>
      <QuotesPanel consultationId={id} />
    </section>
  );
}
