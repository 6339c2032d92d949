import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Company } from "../../../../shared";
import { companiesApi } from "../../api/companies";
import { companyKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { CompanyFacts } from "./CompanyFacts";
import { CompanyProfileForm } from "./CompanyProfileForm";
import { VerifyForm } from "./VerifyForm";

/**
 * A company's page: its members read it, its admin edits the profile; the coordinator and institution admins it
 * booked with see it and can verify the customer type.
 */
export default function CompanyPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const company = useQuery({ queryKey: companyKeys.detail(id), queryFn: () => companiesApi.company(id), enabled: Number.isInteger(id) });
  usePageTitle(company.data?.nameJa ?? t("company.profile.title"));
  return (
    <section className="page company-page">
      <div className="page-head">
        <h1>{t("company.profile.title")}{company.data && <span className="muted"> · {company.data.nameJa}</span>}</h1>
        <p className="muted">{t("company.profile.intro")}</p>
      </div>
      {company.isPending && <Loading />}
      {company.isError && <Alert kind="error">{errorMessage(company.error, t)}</Alert>}
      {company.data && <CompanyBody company={company.data} />}
    </section>
  );
}

function CompanyBody({ company }: { company: Company }) {
  const { t } = useTranslation();
  const none = t("company.profile.none");
  return (
    <div className="company-layout">
      <div>
        {company.verification === "unverified" && <Alert kind="info">{t("company.provisionalNote")}</Alert>}
        <section className="card" aria-labelledby="company-facts">
          <h2 id="company-facts">{t("company.verify.facts")}</h2>
          <CompanyFacts company={company} />
          {company.can.verify && <VerifyForm company={company} />}
        </section>
        {company.can.editProfile ? (
          <CompanyProfileForm company={company} />
        ) : (
          <section className="card" aria-labelledby="company-profile">
            <h2 id="company-profile">{t("company.profile.title")}</h2>
            <dl className="reservation-facts">
              <div><dt>{t("company.profile.nameJa")}</dt><dd>{company.nameJa}</dd></div>
              <div><dt>{t("company.profile.nameEn")}</dt><dd>{company.nameEn || none}</dd></div>
              <div><dt>{t("company.profile.address")}</dt><dd>{company.address || none}</dd></div>
              <div><dt>{t("company.profile.billingContactName")}</dt><dd>{company.billingContactName || none}</dd></div>
              <div><dt>{t("company.profile.billingContactEmail")}</dt><dd>{company.billingContactEmail || none}</dd></div>
            </dl>
            <p className="muted small">{t("company.profile.readOnly")}</p>
          </section>
        )}
      </div>
      <section className="card" aria-labelledby="company-members">
        <h2 id="company-members">{t("company.profile.members")}</h2>
        <ul className="plain-list" data-testid="company-members">
          {company.members.map((m) => (
            <li key={m.id}>{m.displayName} <span className="muted">{m.email} · {t(`company.profile.${m.companyRole}`)}</span></li>
          ))}
        </ul>
        {company.can.editProfile && <Link to="/company/members" className="button button-secondary">{t("company.profile.manageMembers")}</Link>}
      </section>
    </div>
  );
}
