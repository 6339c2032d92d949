import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { companiesApi } from "../../api/companies";
import { companyKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { FocusNotice } from "../../ui/FocusNotice";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { CompanyFacts } from "./CompanyFacts";
import { VerifyForm } from "./VerifyForm";

/** The coordinator's (and institution admins') queue of companies whose declared customer type awaits a check. */
export default function VerifyCompaniesPage() {
  const { t, i18n } = useTranslation(WS);
  const language = i18n.resolvedLanguage ?? "ja";
  usePageTitle(t("company.verify.title"));
  const [unverifiedOnly, setUnverifiedOnly] = useState(true);
  const [verified, setVerified] = useState<{ key: number; message: string } | null>(null);
  const verification = unverifiedOnly ? "unverified" : undefined;
  const companies = useQuery({ queryKey: companyKeys.list(verification), queryFn: () => companiesApi.list({ verification }) });
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("company.verify.title")}</h1>
        <p className="muted">{t("company.verify.intro")}</p>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={unverifiedOnly} onChange={(e) => setUnverifiedOnly(e.target.checked)} /> {t("company.verify.unverifiedOnly")}
      </label>
      {verified && <FocusNotice key={verified.key} kind="success">{verified.message}</FocusNotice>}
      {companies.isPending && <Loading />}
      {companies.isError && <Alert kind="error">{errorMessage(companies.error, t)}</Alert>}
      {companies.data?.length === 0 && <p className="empty">{t("company.verify.none")}</p>}
      <div className="details-grid" data-testid="companies-to-verify">
        {companies.data?.map((c) => (
          <article key={c.id} className="card" aria-labelledby={`company-${c.id}`} data-testid="company-to-verify">
            <header>
              <h2 id={`company-${c.id}`}>{c.nameJa}</h2>
              <p className="muted">
                {c.nameEn && `${c.nameEn} · `}{t("company.verify.members", { count: c.memberCount })} · {t("company.verify.signedUp")} {formatDate(c.createdAt, "Asia/Tokyo", language)}
              </p>
            </header>
            <CompanyFacts company={c} />
            <VerifyForm company={c} onVerified={(message) => setVerified({ key: Date.now(), message })} />
            <Link to={`/companies/${c.id}`}>{t("company.verify.open")}</Link>
          </article>
        ))}
      </div>
    </section>
  );
}
