import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { OnBehalfMembersQuerySchema } from "../../shared/schemas/reservations";
import { User } from "../platform/db/entities";
import { Forbidden, NotFound } from "../platform/errors";
import { likePattern, searchTerms } from "../platform/search-terms";

/** How many members one search returns. */
export const ON_BEHALF_SEARCH_LIMIT = 20;

/**
 * Who books for a company member (a phone or e-mail request): staff and institution admins, and only at their own
 * institution's instruments (checked against the instrument). Company members and the coordinator may not.
 */
export function canBookOnBehalf(user: User): boolean {
  return (user.role === "staff" || user.role === "institution_admin") && user.institutionId !== null;
}

export function assertMayBookOnBehalf(user: User): void {
  if (!canBookOnBehalf(user)) throw new Forbidden("Only staff and institution admins book for a company member");
}

/** The instrument must belong to the caller's institution. */
export function assertOwnInstitution(enteredBy: User, institutionId: number): void {
  if (enteredBy.institutionId !== institutionId) throw new Forbidden("You can only book for a company at your own institution's instruments");
}

/** An active member of a company, with the company loaded; anyone else (unknown, inactive, not a company account) is 404. */
export async function activeCompanyMember(em: EntityManager, userId: number): Promise<User> {
  const member = await em.getRepository(User).findOne({ where: { id: userId, role: "company_member", active: true }, relations: { company: true } });
  if (!member || member.companyId === null || !member.company) throw new NotFound("Company member");
  return member;
}

type MembersQuery = z.output<typeof OnBehalfMembersQuerySchema>;

/**
 * Active company members matching every word of `q` in their name, e-mail or company name, by name then id, at
 * most `ON_BEHALF_SEARCH_LIMIT`. Companies book at any institution, so staff search every company's members.
 */
export async function searchOnBehalfMembers(em: EntityManager, user: User, query: MembersQuery): Promise<User[]> {
  assertMayBookOnBehalf(user);
  const q = em
    .getRepository(User)
    .createQueryBuilder("u")
    .innerJoinAndSelect("u.company", "company")
    .where("u.role = :role", { role: "company_member" })
    .andWhere("u.active = :active", { active: true });
  searchTerms(query.q).forEach((term, n) => {
    q.andWhere(
      `(LOWER(u.displayName) LIKE :term${n} ESCAPE '\\' OR u.email LIKE :term${n} ESCAPE '\\' OR LOWER(company.name) LIKE :term${n} ESCAPE '\\' OR LOWER(company.nameEn) LIKE :term${n} ESCAPE '\\')`,
      { [`term${n}`]: likePattern(term) },
    );
  });
  return q.orderBy("u.displayName", "ASC").addOrderBy("u.id", "ASC").limit(ON_BEHALF_SEARCH_LIMIT).getMany();
}
