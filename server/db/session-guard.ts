import type { EntityManager, EntityTarget } from "typeorm";
import { Company, Session, User } from "./entities";
import type { Condition } from "./insert-row";

/** What a write taken on a cached session relied on: the session, and its user and company as they were read. */
export interface SessionFacts {
  session: Session;
  user: User;
}

/** Thrown when a guarded write found its session ended or its user or company changed: nothing was written. */
export class SessionChanged extends Error {
  constructor() {
    super("The session ended or its account changed before the write");
    this.name = "SessionChanged";
  }
}

/**
 * The condition (for `insertRow`'s `onlyIf`) that the session is still signed in, unexpired at `now`, and that its
 * user and company still hold what the write used: active, the same role and company, name, language and
 * customer type (the price estimate). Checked by the statement that writes, so a sign-out, password reset or
 * account change committed by any process before it refuses the write, as a session read just before would.
 */
export function sessionStillHolds(em: EntityManager, { session, user }: SessionFacts, now: number): Condition {
  const driver = em.connection.driver;
  const facts: Array<[EntityTarget<unknown>, string, string, unknown]> = [
    [Session, "s", "tokenHash", session.tokenHash],
    [User, "u", "active", true],
    [User, "u", "role", user.role],
    [User, "u", "companyId", user.companyId],
    [User, "u", "displayName", user.displayName],
    [User, "u", "locale", user.locale],
    [Company, "c", "name", user.company?.name],
    [Company, "c", "customerType", user.company?.customerType],
  ];
  const column = (target: EntityTarget<unknown>, property: string) => em.connection.getMetadata(target).findColumnWithPropertyName(property)!;
  const name = (alias: string, target: EntityTarget<unknown>, property: string) => `"${alias}".${driver.escape(column(target, property).databaseName)}`;
  const table = (target: EntityTarget<unknown>) => driver.escape(em.connection.getMetadata(target).tablePath);
  const expiresAt = column(Session, "expiresAt");
  return {
    key: "session-still-holds",
    sql: (placeholder) =>
      `EXISTS (SELECT 1 FROM ${table(Session)} "s" ` +
      `INNER JOIN ${table(User)} "u" ON "u"."id" = "s".${driver.escape(column(Session, "userId").databaseName)} ` +
      `INNER JOIN ${table(Company)} "c" ON "c"."id" = ${name("u", User, "companyId")} ` +
      `WHERE ${facts.map(([target, alias, property]) => `${name(alias, target, property)} = ${placeholder()}`).join(" AND ")} ` +
      `AND ${name("s", Session, "expiresAt")} > ${placeholder()})`,
    values: [
      ...facts.map(([target, , property, value]) => driver.preparePersistentValue(value, column(target, property))),
      driver.preparePersistentValue(new Date(now), expiresAt),
    ],
  };
}
