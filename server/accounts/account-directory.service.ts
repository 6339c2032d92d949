import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { AccountListQuerySchema } from "../../shared/schemas/accounts";
import { User } from "../platform/db/entities";
import { likePattern, searchTerms } from "../platform/search-terms";
import { accountDirectoryScope } from "./account.policy";

type ListQuery = z.output<typeof AccountListQuerySchema>;

/**
 * The accounts the caller looks after (see `accountDirectoryScope`), by name then id, a page at a time, with
 * their company and institution loaded. Every word of `q` must appear in the name or the email (emails are
 * stored lower-cased; names are compared lower-cased).
 */
export async function listAccounts(em: EntityManager, user: User, query: ListQuery): Promise<{ items: User[]; total: number }> {
  const { institutionId } = accountDirectoryScope(user, query.institutionId);
  const q = em.getRepository(User).createQueryBuilder("u").leftJoinAndSelect("u.company", "company").leftJoinAndSelect("u.institution", "institution");
  // Only staff and institution admins belong to an institution.
  if (institutionId !== null) q.andWhere("u.institutionId = :institutionId", { institutionId });
  if (query.role) q.andWhere("u.role = :role", { role: query.role });
  if (query.companyId) q.andWhere("u.companyId = :companyId", { companyId: query.companyId });
  searchTerms(query.q).forEach((term, n) => {
    q.andWhere(`(LOWER(u.displayName) LIKE :term${n} ESCAPE '\\' OR u.email LIKE :term${n} ESCAPE '\\')`, { [`term${n}`]: likePattern(term) });
  });
  const total = await q.getCount();
  // Only many-to-one joins: one row per account, so plain OFFSET/LIMIT pages correctly.
  const items = await q
    .orderBy("u.displayName", "ASC")
    .addOrderBy("u.id", "ASC")
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .getMany();
  return { items, total };
}
