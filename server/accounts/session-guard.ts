import type { DataSource, EntityManager, EntityTarget } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { Company, Session, User } from "../platform/db/entities";
import type { Condition } from "../platform/db/insert-row";

/** What a write taken on a cached session relied on: the session, and its user and company as they were read. */
export interface SessionFacts {
  session: Session;
  user: User;
}

/**
 * What a write started on a cached session checks in its own statement: the condition that the session still
 * holds at `now` (for `insertRow`'s `onlyIf`). Built by `withSessionGuard`, used by the write.
 */
export type SessionGuard = (em: EntityManager, now: number) => Condition;

/** A guarded write's answer: its value, or that the session no longer held when it ran (nothing was written). */
export type Guarded<T> = { held: true; value: T } | { held: false };

export function guardOf(facts: SessionFacts): SessionGuard {
  return (em, now) => sessionStillHolds(em, facts, now);
}

/**
 * The condition (for `insertRow`'s `onlyIf`) that the session is still signed in, unexpired at `now`, and that its
 * user and company still hold what the write used: active, the same role and company, name, language,
 * customer type (the price estimate) and its verification (whether the booking waits for it). Checked by the statement that writes, so a sign-out, password reset or
 * account change committed by any process before it refuses the write, as a session read just before would.
 */
export function sessionStillHolds(em: EntityManager, { session, user }: SessionFacts, now: number): Condition {
  const { sql, columns } = guardFor(em);
  const driver = em.connection.driver;
  const values = FACTS.map(([, , , , value], n) => driver.preparePersistentValue(value({ session, user }, now), columns[n]));
  return { key: "session-still-holds", sql, values };
}

type Fact = [alias: string, target: EntityTarget<unknown>, property: string, operator: "=" | ">", value: (facts: SessionFacts, now: number) => unknown];

/** What the guard compares: the table's alias, the entity and property, the comparison and the value it must have. */
const FACTS: Fact[] = [
  ["s", Session, "tokenHash", "=", ({ session }) => session.tokenHash],
  ["u", User, "id", "=", ({ user }) => user.id],
  ["u", User, "active", "=", () => true],
  ["u", User, "role", "=", ({ user }) => user.role],
  ["u", User, "companyId", "=", ({ user }) => user.companyId],
  ["u", User, "displayName", "=", ({ user }) => user.displayName],
  ["u", User, "locale", "=", ({ user }) => user.locale],
  ["c", Company, "name", "=", ({ user }) => user.company?.name],
  ["c", Company, "customerType", "=", ({ user }) => user.company?.customerType],
  ["c", Company, "verification", "=", ({ user }) => user.company?.verification],
  ["s", Session, "expiresAt", ">", (_facts, now) => new Date(now)],
];

const guards = new WeakMap<DataSource, { sql: Condition["sql"]; columns: ColumnMetadata[] }>();

/** The guard's SQL and the columns of its facts (whose types decide how each value is bound), once per data source. */
function guardFor(em: EntityManager) {
  let guard = guards.get(em.connection);
  if (guard) return guard;
  const driver = em.connection.driver;
  const column = (target: EntityTarget<unknown>, property: string) => em.connection.getMetadata(target).findColumnWithPropertyName(property)!;
  const name = (alias: string, target: EntityTarget<unknown>, property: string) => `"${alias}".${driver.escape(column(target, property).databaseName)}`;
  const table = (target: EntityTarget<unknown>) => driver.escape(em.connection.getMetadata(target).tablePath);
  const sql: Condition["sql"] = (placeholder) =>
    `EXISTS (SELECT 1 FROM ${table(Session)} "s" ` +
    `INNER JOIN ${table(User)} "u" ON ${name("u", User, "id")} = ${name("s", Session, "userId")} ` +
    `INNER JOIN ${table(Company)} "c" ON ${name("c", Company, "id")} = ${name("u", User, "companyId")} ` +
    `WHERE ${FACTS.map(([alias, target, property, operator]) => `${name(alias, target, property)} ${operator} ${placeholder()}`).join(" AND ")})`;
  guard = { sql, columns: FACTS.map(([, target, property]) => column(target, property)) };
  guards.set(em.connection, guard);
  return guard;
}
