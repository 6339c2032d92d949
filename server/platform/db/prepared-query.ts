import { createHash } from "node:crypto";
import { QueryFailedError, type EntityManager } from "typeorm";

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
}

const names = new Map<string, string>();

/** SQLite statements prepared on the driver's connection, by SQL text (the most recently used 500). */
const sqliteStatements = new WeakMap<object, Map<string, SqliteStatement>>();

interface SqliteStatement {
  readonly reader: boolean;
  all(...values: unknown[]): unknown[];
}

/** The SQL prepared on the better-sqlite3 connection behind `em`, once per text; undefined for another driver or SQL it cannot prepare (left to `em.query`, which reports the error). */
function sqliteStatement(em: EntityManager, sql: string): SqliteStatement | undefined {
  if (em.connection.options.type !== "better-sqlite3") return undefined;
  const connection = (em.connection.driver as unknown as { databaseConnection?: { prepare(sql: string): SqliteStatement } }).databaseConnection;
  if (!connection) return undefined;
  let byText = sqliteStatements.get(connection);
  if (!byText) sqliteStatements.set(connection, (byText = new Map()));
  let statement = byText.get(sql);
  if (statement) {
    byText.delete(sql);
  } else {
    try {
      statement = connection.prepare(sql);
    } catch {
      return undefined;
    }
    if (byText.size >= 500) byText.delete(byText.keys().next().value!);
  }
  byText.set(sql, statement);
  return statement;
}

/** A stable statement name per SQL text: the same text is parsed once per pooled connection, then reused. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `es_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

/** Whether this SQL text has run through `preparedQuery` in this process (`npm run bench:plans` shows its plan as prepared). */
export function ranPrepared(sql: string): boolean {
  return names.has(sql);
}

/**
 * Runs a hot-path statement (positional parameters in the driver's syntax) and returns its rows. PostgreSQL: as a
 * named prepared statement, parsed and planned once per pooled connection (planning cost more than executing,
 * docs/benchmarks.md); errors as TypeORM's `QueryFailedError`, logged by TypeORM; on the transaction's connection
 * inside one. Behind PgBouncer in transaction mode it needs `max_prepared_statements`. SQLite: a statement that
 * returns rows runs on the driver's one connection as a statement prepared once per SQL text (`em.query` goes
 * through TypeORM's asynchronous query path, which cost several times the statement itself: docs/benchmarks.md);
 * others through `em.query`. Errors as TypeORM's `QueryFailedError` on both.
 */
export async function preparedQuery<Row = Record<string, unknown>>(em: EntityManager, sql: string, parameters: unknown[]): Promise<Row[]> {
  if (em.connection.options.type !== "postgres") {
    const statement = sqliteStatement(em, sql);
    if (!statement?.reader) return em.query(sql, parameters);
    // As TypeORM's better-sqlite3 runner binds them: booleans as 0/1.
    const values = parameters.map((value) => (typeof value === "boolean" ? (value ? 1 : 0) : value));
    em.connection.logger.logQuery(sql, values);
    try {
      return statement.all(...values) as Row[];
    } catch (error) {
      throw new QueryFailedError(sql, values, error as Error);
    }
  }
  const runner = em.queryRunner ?? em.connection.createQueryRunner();
  em.connection.logger.logQuery(sql, parameters, runner);
  try {
    const client = (await runner.connect()) as PgClient;
    const result = await client.query({ name: statementName(sql), text: sql, values: parameters });
    return result.rows as Row[];
  } catch (error) {
    throw error instanceof QueryFailedError ? error : new QueryFailedError(sql, parameters, error as Error);
  } finally {
    if (!em.queryRunner) await runner.release();
  }
}
