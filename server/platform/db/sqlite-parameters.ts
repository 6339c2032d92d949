import type { DataSource } from "typeorm";

/** A number on its way to becoming a bound parameter (TypeORM's SQLite driver would write it into the SQL). */
class BoundNumber {
  constructor(readonly value: number) {}
}

/**
 * TypeORM's SQLite drivers write numeric query-builder parameters into the SQL text (`WHERE "id" = 41`), so every
 * instrument, user and reservation id yields a statement of its own: better-sqlite3 prepares it again each time and
 * the driver's statement cache turns over constantly. Binding numbers like every other value keeps one prepared
 * statement per query shape. Integers bind as REAL and the column's INTEGER affinity turns them back, so
 * comparisons and index use are unchanged (see `npm run bench:plans`).
 */
export function bindNumbersAsParameters(dataSource: DataSource): void {
  const driver = dataSource.driver;
  const escape = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql: string, parameters: Record<string, unknown>): [string, unknown[]] => {
    const boxed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parameters ?? {})) boxed[key] = typeof value === "number" ? new BoundNumber(value) : value;
    const [query, values] = escape(sql, boxed);
    return [query, values.map((value) => (value instanceof BoundNumber ? value.value : value))];
  };
}
