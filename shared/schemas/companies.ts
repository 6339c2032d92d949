import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { COMPANY_ROLES, COMPANY_VERIFICATIONS, CUSTOMER_TYPES, INDUSTRY_SECTORS, PREFECTURES } from "../enums";
import { EmailSchema } from "./auth";
import { CompanyFactsSchema } from "./company-facts";

/**
 * A change to a company. The profile (names, address, prefecture, corporate number, billing contact, size and
 * sector) is the company admin's; `customerType` and `verification` are the coordinator's (or an admin of an
 * institution the company books at). Verifying may correct the type in the same request.
 */
export const UpdateCompanyRequestSchema = CompanyFactsSchema.extend({
  nameJa: text().trim().min(1).max(LIMITS.nameMaxLength).optional(),
  nameEn: text().trim().max(LIMITS.nameMaxLength).optional(),
  address: text().trim().max(LIMITS.addressMaxLength).optional(),
  prefecture: z.enum(PREFECTURES).nullable().optional(),
  billingContactName: text().trim().max(LIMITS.nameMaxLength).optional(),
  billingContactEmail: EmailSchema.optional(),
  customerType: z.enum(CUSTOMER_TYPES).optional(),
  verification: z.literal("verified").optional(),
}).refine((body) => Object.values(body).some((value) => value !== undefined), { message: "Nothing to change" });
export type UpdateCompanyRequest = z.input<typeof UpdateCompanyRequestSchema>;

export const CompanyProfileMemberSchema = z.object({ id: z.number().int(), displayName: text(), email: text(), companyRole: z.enum(COMPANY_ROLES) });

export const CompanySchema = z.object({
  id: z.number().int(),
  nameJa: text(),
  nameEn: text(),
  address: text(),
  prefecture: z.enum(PREFECTURES).nullable(),
  corporateNumber: text().nullable(),
  billingContactName: text(),
  billingContactEmail: text(),
  sector: z.enum(INDUSTRY_SECTORS).nullable(),
  employees: z.number().int().nullable(),
  capitalYen: z.number().nullable(),
  /** What the declared sector and size say under the SME Basic Act; null when they do not decide it. */
  qualifiesAsSme: z.boolean().nullable(),
  customerType: z.enum(CUSTOMER_TYPES),
  verification: z.enum(COMPANY_VERIFICATIONS),
  verifiedAt: text().nullable(),
  members: z.array(CompanyProfileMemberSchema),
  /** What the caller may change: the profile (company admin) and the customer type and verification. */
  can: z.object({ editProfile: z.boolean(), verify: z.boolean() }),
});
export type Company = z.infer<typeof CompanySchema>;

export const CompanyResponseSchema = z.object({ company: CompanySchema });

export const CompanyListQuerySchema = z.object({ verification: z.enum(COMPANY_VERIFICATIONS).optional() });
export type CompanyListQuery = z.input<typeof CompanyListQuerySchema>;

export const CompanySummarySchema = CompanySchema.omit({ members: true, can: true }).extend({ memberCount: z.number().int(), createdAt: text() });
export type CompanySummary = z.infer<typeof CompanySummarySchema>;
export const CompanyListResponseSchema = z.object({ items: z.array(CompanySummarySchema) });
