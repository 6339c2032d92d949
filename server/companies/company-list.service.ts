import type { EntityManager } from "typeorm";
import type { CompanyListQuery } from "../../shared/schemas/companies";
import { Company, Reservation, User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";

/**
 * Companies for those who verify them: the coordinator sees all, an institution's admin those that have booked at
 * it. Oldest first, so the longest-waiting unverified company comes first.
 */
export async function listCompanies(em: EntityManager, user: User, query: CompanyListQuery): Promise<{ company: Company; memberCount: number }[]> {
  if (user.role !== "coordinator" && user.role !== "institution_admin") throw new Forbidden("Only the coordinator and institution admins list companies");
  const q = em.getRepository(Company).createQueryBuilder("company").orderBy("company.createdAt", "ASC").addOrderBy("company.id", "ASC");
  if (query.verification) q.andWhere("company.verification = :verification", { verification: query.verification });
  if (user.role === "institution_admin") {
    const booked = em.getRepository(Reservation).createQueryBuilder("r").select("1").where("r.companyId = company.id").andWhere("r.institutionId = :institutionId");
    q.andWhere(`EXISTS (${booked.getQuery()})`, { institutionId: user.institutionId ?? -1 });
  }
  const companies = await q.take(500).getMany();
  if (companies.length === 0) return [];
  const counts: { companyId: number; count: string | number }[] = await em
    .getRepository(User)
    .createQueryBuilder("u")
    .select("u.companyId", "companyId")
    .addSelect("COUNT(*)", "count")
    .where("u.companyId IN (:...ids)", { ids: companies.map((c) => c.id) })
    .andWhere("u.active = :active", { active: true })
    .groupBy("u.companyId")
    .getRawMany();
  const countOf = new Map(counts.map((row) => [Number(row.companyId), Number(row.count)]));
  return companies.map((company) => ({ company, memberCount: countOf.get(company.id) ?? 0 }));
}
