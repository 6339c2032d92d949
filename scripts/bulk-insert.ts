import type { ObjectLiteral, EntityTarget } from "typeorm";
import type { Database } from "../server/platform/db/database";

/**
 * Multi-row INSERTs for seeding large data sets, on either database: values go through the driver's own
 * conversion (dates, booleans, JSON), `rowsPerStatement` rows per statement, `statementsPerTransaction` per write.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  db: Database,
  target: EntityTarget<T>,
  rows: Array<Partial<T>>,
  options: { rowsPerStatement?: number; statementsPerTransaction?: number } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = db.dataSource.getMetadata(target);
  const driver = db.dataSource.driver;
  const columns = Object.keys(rows[0]).map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column;
  });
  const postgres = db.dialect === "postgres";
  const perStatement = options.rowsPerStatement ?? 1000;
  const perTransaction = (options.statementsPerTransaction ?? 20) * perStatement;
  const head = `INSERT INTO "${metadata.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(", ")}) VALUES `;

  for (let from = 0; from < rows.length; from += perTransaction) {
    const batch = rows.slice(from, from + perTransaction);
    await db.write(async (em) => {
      for (let start = 0; start < batch.length; start += perStatement) {
        const chunk = batch.slice(start, start + perStatement);
        const params: unknown[] = [];
        const tuples = chunk.map((row) => {
          const marks = columns.map((column) => {
            params.push(driver.preparePersistentValue(row[column.propertyName as keyof T], column));
            return postgres ? `$${params.length}` : "?";
          });
          return `(${marks.join(", ")})`;
        });
        await em.query(head + tuples.join(", "), params);
      }
    });
  }
}

/** After inserting explicit ids, move PostgreSQL's sequences past them (SQLite's AUTOINCREMENT follows by itself). */
export async function resetSequences(db: Database, tables: string[]): Promise<void> {
  if (db.dialect !== "postgres") return;
  for (const table of tables) {
    await db.manager.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX(id) FROM "${table}"), 1))`);
  }
}
