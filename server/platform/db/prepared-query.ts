import { createHash } from "node:crypto";
import { QueryFailedError, type EntityManager } from "typeorm";

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
}

const names = new Map<string, string>();

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
 * inside one. Behind PgBouncer in transaction mode it needs `max_prepared_statements`. SQLite: `em.query`, whose
 * driver keeps one prepared statement per SQL text.
 */
export async function preparedQuery<Row = Record<string, unknown>>(em: EntityManager, sql: string, parameters: unknown[]): Promise<Row[]> {
  if (em.connection.options.type !== "postgres") return em.query(sql, parameters);
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
