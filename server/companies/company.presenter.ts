import type { Company as CompanyDto, CompanySummary } from "../../shared";
import { qualifiesAsSme } from "../../shared/rules/sme";
import type { Company, User } from "../platform/db/entities";

/** The company's profile and verification, without members or permissions. */
export function presentCompanySummary(company: Company, memberCount: number): CompanySummary {
  return {
    id: company.id,
    nameJa: company.name,
    nameEn: company.nameEn,
    address: company.address,
    prefecture: company.prefecture,
    corporateNumber: company.corporateNumber,
    billingContactName: company.contactName,
    billingContactEmail: company.contactEmail,
    sector: company.sector,
    employees: company.employees,
    capitalYen: company.capitalYen,
    qualifiesAsSme: qualifiesAsSme(company),
    customerType: company.customerType,
    verification: company.verification,
    verifiedAt: company.verifiedAt?.toISOString() ?? null,
    memberCount,
    createdAt: company.createdAt.toISOString(),
  };
}

export function presentCompany(company: Company, members: User[], can: CompanyDto["can"]): CompanyDto {
  const { memberCount: _count, createdAt: _created, ...summary } = presentCompanySummary(company, members.length);
  return {
    ...summary,
    members: members.map((m) => ({ id: m.id, displayName: m.displayName, email: m.email, companyRole: m.companyRole ?? "member" })),
    can,
  };
}
