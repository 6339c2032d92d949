import type { EntityManager } from "typeorm";
import type { PublishTermsRequest } from "../../shared/schemas/terms";
import { TermsAcceptance, TermsVersion, type User } from "../platform/db/entities";
import { recordAudit } from "../platform/audit-trail";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../platform/errors";

/** The version in force: the highest published; null before the first. */
export async function currentTerms(em: EntityManager): Promise<TermsVersion | null> {
  return em.getRepository(TermsVersion).findOne({ where: {}, order: { version: "DESC" } });
}

/** The newest version this person accepted, or null. */
export async function acceptedVersionOf(em: EntityManager, userId: number): Promise<number | null> {
  const row = await em.getRepository(TermsAcceptance).findOne({ where: { userId }, order: { version: "DESC" }, select: { version: true } });
  return row?.version ?? null;
}

/** Publishes the next version (coordinator only). Everyone who books must accept it before their next booking. */
export async function publishTerms(em: EntityManager, user: User, input: Required<PublishTermsRequest>): Promise<TermsVersion> {
  if (user.role !== "coordinator") throw new Forbidden("Only the coordinator publishes the terms of use");
  const version = ((await currentTerms(em))?.version ?? 0) + 1;
  const row = await em.getRepository(TermsVersion).save(em.getRepository(TermsVersion).create({ version, textJa: input.textJa, textEn: input.textEn, publishedById: user.id }));
  await recordAudit(em, { actorUserId: user.id, action: "terms.published", entityType: "terms", entityId: row.id, details: { version } });
  return row;
}

/** Records that the user accepted `version`, which must be the one in force (409 `terms_outdated` otherwise). */
export async function acceptTerms(em: EntityManager, user: User, version: number): Promise<TermsAcceptance> {
  const current = await currentTerms(em);
  if (!current) throw new NotFound("Terms of use");
  if (version !== current.version) {
    throw new Conflict("These are not the terms in force; read and accept the current version", { reason: "terms_outdated", version: current.version });
  }
  const repository = em.getRepository(TermsAcceptance);
  const existing = await repository.findOneBy({ userId: user.id, version });
  return existing ?? repository.save(repository.create({ userId: user.id, version }));
}

/**
 * A company member books only after accepting the terms in force (once terms are published): otherwise 422
 * `terms_not_accepted`, with the version to accept. One statement.
 */
export async function assertTermsAccepted(em: EntityManager, userId: number): Promise<void> {
  const [row] = (await em.query(
    `SELECT (SELECT MAX("version") FROM "terms_version") AS "current", ` +
      `(SELECT MAX("version") FROM "terms_acceptance" WHERE "user_id" = ${em.connection.driver.options.type === "postgres" ? "$1" : "?"}) AS "accepted"`,
    [userId],
  )) as { current: number | string | null; accepted: number | string | null }[];
  if (row.current === null) return;
  if (row.accepted === null || Number(row.accepted) < Number(row.current)) {
    throw new RuleViolation("Accept the current terms of use before booking", { reason: "terms_not_accepted", version: Number(row.current) });
  }
}
