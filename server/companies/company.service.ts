import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { UpdateCompanyRequestSchema } from "../../shared/schemas/companies";
import { Company, User } from "../platform/db/entities";
import { Forbidden, NotFound } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { canOnCompany } from "./company.policy";
import { repriceActiveReservations } from "./reprice";

type UpdateCompanyInput = z.output<typeof UpdateCompanyRequestSchema>;

export interface CompanyView {
  company: Company;
  members: User[];
  can: { editProfile: boolean; verify: boolean };
}

/** The company with its members, for someone who may see it; anyone else is told it does not exist. */
export async function viewCompany(em: EntityManager, user: User, id: number): Promise<CompanyView> {
  const company = await em.getRepository(Company).findOneBy({ id });
  if (!company || !(await canOnCompany(em, user, "view", id))) throw new NotFound("Company");
  const members = await em.getRepository(User).find({ where: { companyId: id, active: true }, order: { displayName: "ASC", id: "ASC" } });
  const can = { editProfile: await canOnCompany(em, user, "edit_profile", id), verify: await canOnCompany(em, user, "verify", id) };
  return { company, members, can };
}

/** The request's fields as the company row names them, split into the profile and the verification. */
function changesOf(input: UpdateCompanyInput) {
  const profile: Partial<Company> = {
    name: input.nameJa, nameEn: input.nameEn, address: input.address, prefecture: input.prefecture,
    corporateNumber: input.corporateNumber, contactName: input.billingContactName, contactEmail: input.billingContactEmail,
    sector: input.sector, employees: input.employees, capitalYen: input.capitalYen,
  };
  const defined = Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)) as Partial<Company>;
  const verifying = input.customerType !== undefined || input.verification !== undefined;
  return { profile: defined, verifying };
}

/**
 * Changes a company: its profile (the company admin), its customer type and verification (the coordinator or an
 * admin of an institution it books at). Setting the type verifies it. Each part is audited with before and after;
 * a new type re-prices the company's reservations that have not started.
 */
export async function updateCompany(em: EntityManager, user: User, id: number, input: UpdateCompanyInput, now: number): Promise<CompanyView> {
  const { company } = await viewCompany(em, user, id);
  const { profile, verifying } = changesOf(input);
  if (Object.keys(profile).length > 0 && !(await canOnCompany(em, user, "edit_profile", id))) {
    throw new Forbidden("Only the company's admin can edit its profile");
  }
  if (verifying && !(await canOnCompany(em, user, "verify", id))) {
    throw new Forbidden("Only the coordinator or an admin of an institution the company books at can verify its customer type");
  }
  if (Object.keys(profile).length > 0) await changeProfile(em, user, company, profile);
  if (verifying) await verify(em, user, company, input.customerType ?? company.customerType, now);
  return viewCompany(em, user, id);
}

async function changeProfile(em: EntityManager, user: User, company: Company, profile: Partial<Company>): Promise<void> {
  const keys = (Object.keys(profile) as (keyof Company)[]).filter((key) => profile[key] !== company[key]);
  if (keys.length === 0) return;
  const before = Object.fromEntries(keys.map((key) => [key, company[key]]));
  await em.getRepository(Company).update(company.id, profile);
  await recordAudit(em, {
    actorUserId: user.id, action: "company.updated", entityType: "company", entityId: company.id, companyId: company.id,
    details: { before, after: Object.fromEntries(keys.map((key) => [key, profile[key]])) },
  });
}

async function verify(em: EntityManager, user: User, company: Company, customerType: Company["customerType"], now: number): Promise<void> {
  const before = { customerType: company.customerType, verification: company.verification };
  if (before.verification === "verified" && before.customerType === customerType) return;
  await em.getRepository(Company).update(company.id, { customerType, verification: "verified", verifiedAt: new Date(now), verifiedById: user.id });
  const repriced = await repriceActiveReservations(em, company.id, customerType, now);
  await recordAudit(em, {
    actorUserId: user.id,
    action: before.verification === "unverified" ? "company.verified" : "company.customer_type_changed",
    entityType: "company",
    entityId: company.id,
    institutionId: user.institutionId,
    companyId: company.id,
    details: { before, after: { customerType, verification: "verified" }, repricedReservations: repriced },
  });
}
