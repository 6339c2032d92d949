import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DIR } from "../../i18n/directory";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { askHref, useCapability } from "./use-directory";
import "./directory.css";

/** One research capability: what the laboratory offers, the instruments it uses, and how to ask about it. */
export default function CapabilityPage() {
  const { t, i18n } = useTranslation(DIR);
  const capability = useCapability(Number(useParams().id));
  usePageTitle(capability.data?.title);
  if (capability.isPending) return <Loading />;
  if (capability.isError) return <Alert kind="error">{errorMessage(capability.error, t)}</Alert>;
  const item = capability.data;
  const keywords = i18n.resolvedLanguage === "en" ? item.keywordsEn : item.keywordsJa;
  return (
    <article className="page capability-page" data-testid="capability-page">
      <Link to="/directory" className="back-link">← {t("back")}</Link>
      <p className="card-kicker">{item.institution.name}</p>
      <h1>{item.title}</h1>
      {!item.published && <p className="badge badge-warning">{t("unpublished")}</p>}
      <dl className="definition-list">
        <dt>{t("laboratory")}</dt>
        <dd>{item.laboratory}</dd>
        <dt>{t("institution")}</dt>
        <dd>{item.institution.name}</dd>
      </dl>
      <p className="capability-summary">{item.summary}</p>
      {keywords.length > 0 && (
        <>
          <h2>{t("keywords")}</h2>
          <ul className="spec-chips">{keywords.map((keyword) => <li key={keyword}>{keyword}</li>)}</ul>
        </>
      )}
      {item.instruments.length > 0 && (
        <>
          <h2>{t("instruments")}</h2>
          <ul>{item.instruments.map((instrument) => <li key={instrument.id}><Link to={`/instruments/${instrument.id}`}>{instrument.name}</Link></li>)}</ul>
        </>
      )}
      <div className="card capability-ask">
        <p>{t("askHint")}</p>
        <Link className="button" to={askHref(item.id)}>{t("ask")}</Link>
      </div>
    </article>
  );
}
