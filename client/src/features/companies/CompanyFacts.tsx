import { useTranslation } from "react-i18next";
import type { Company, CompanySummary } from "../../../../shared";
import { formatYen } from "../../lib/format";
import { prefectureName } from "../../i18n/prefectures";
import { CustomerTypeBadge } from "./CustomerTypeBadge";

/** What decides a company's customer type, read-only: sector, size, corporate number, and what they say about SME status. */
export function CompanyFacts({ company }: { company: Company | CompanySummary }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const none = t("company.profile.none");
  const sme = company.qualifiesAsSme === null ? "unknown" : company.qualifiesAsSme ? "yes" : "no";
  return (
    <dl className="reservation-facts company-facts">
      <div><dt>{t("company.profile.customerType")}</dt><dd><CustomerTypeBadge customerType={company.customerType} verification={company.verification} /></dd></div>
      <div><dt>{t("company.profile.sector")}</dt><dd>{company.sector ? t(`company.sectors.${company.sector}`) : none}</dd></div>
      <div><dt>{t("company.profile.employees")}</dt><dd>{company.employees ?? none}</dd></div>
      <div><dt>{t("company.profile.capitalYen")}</dt><dd>{company.capitalYen === null ? none : formatYen(company.capitalYen, language)}</dd></div>
      <div><dt>{t("company.profile.corporateNumber")}</dt><dd>{company.corporateNumber ?? none}</dd></div>
      <div><dt>{t("company.profile.prefecture")}</dt><dd>{company.prefecture ? prefectureName(company.prefecture, language) : none}</dd></div>
      <div className="company-sme" data-testid="sme-status"><dt>{t("company.profile.smeStatus")}</dt><dd>{t(`company.smeQualifies.${sme}`)}</dd></div>
    </dl>
  );
}
