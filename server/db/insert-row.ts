import type { DataSource, EntityManager, EntityTarget } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { BaseRow } from "./entities/base";
import { preparedQuery } from "./prepared-query";

export interface InsertedKeys {
  id: number;
  createdAt: Date;
  updatedAt: Date;
}

interface Statement {
  sql: string;
  columns: ColumnMetadata[];
  returning: ColumnMetadata[];
}

const statements = new WeakMap<DataSource, Map<string, Statement>>();

/** The INSERT for these columns of this table (built once per data source), returning these columns. */
function statementFor(em: EntityManager, target: EntityTarget<unknown>, properties: string[], returned: string[]): Statement {
  const perSource = statements.get(em.connection) ?? statements.set(em.connection, new Map()).get(em.connection)!;
  const metadata = em.connection.getMetadata(target);
  const key = `${metadata.name}(${properties.join(",")}) ${returned.join(",")}`;
  let statement = perSource.get(key);
  if (!statement) {
    const driver = em.connection.driver;
    const column = (property: string) => metadata.findColumnWithPropertyName(property)!;
    const columns = properties.map(column);
    const returning = returned.map(column);
    const placeholders = columns.map((_, n) => driver.createParameter(`p${n}`, n)).join(", ");
    statement = {
      sql:
        `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((c) => driver.escape(c.databaseName)).join(", ")}) ` +
        `VALUES (${placeholders})` +
        (returning.length ? ` RETURNING ${returning.map((c) => driver.escape(c.databaseName)).join(", ")}` : ""),
      columns,
      returning,
    };
    perSource.set(key, statement);
  }
  return statement;
}

/** Writes the entity's own columns that are set, after telling entity subscribers; returns the `returned` columns, hydrated. */
async function insert<T>(em: EntityManager, target: EntityTarget<T>, values: Partial<T>, returned: string[]): Promise<Record<string, unknown>> {
  const metadata = em.connection.getMetadata(target);
  const properties = Object.keys(values).filter(
    (property) => values[property as keyof T] !== undefined && metadata.findColumnWithPropertyName(property) !== undefined,
  );
  const statement = statementFor(em, target, properties, returned);
  await em.queryRunner?.broadcaster.broadcast("BeforeInsert", metadata, values);
  const driver = em.connection.driver;
  const parameters = statement.columns.map((column) => driver.preparePersistentValue(column.getEntityValue(values), column));
  const rows = await preparedQuery(em, statement.sql, parameters);
  return Object.fromEntries(statement.returning.map((column) => [column.propertyName, driver.prepareHydratedValue(rows[0][column.databaseName], column)]));
}

/**
 * Inserts one row and returns what the database generated for it (id, created and updated timestamps, from the
 * database clock), in one `INSERT … RETURNING` statement on both databases. For hot paths, in place of
 * `repository.insert(entity)`: TypeORM builds that statement afresh from the entity metadata every time and, on
 * SQLite, reads the new row back with a second SELECT (`npm run bench`: several hundred µs a booking).
 *
 * The statement is built once per table and set of columns, from the same metadata, and values go through the
 * driver's own conversion (dates, JSON). Entity subscribers are told before the insert, as with `insert`.
 * Only the entity's own columns are written: relation objects are ignored, so set the foreign-key columns.
 */
export async function insertRow<T extends BaseRow>(em: EntityManager, target: EntityTarget<T>, values: Partial<T>): Promise<InsertedKeys> {
  const row = await insert(em, target, values, ["id", "createdAt", "updatedAt"]);
  return { id: Number(row.id), createdAt: row.createdAt as Date, updatedAt: row.updatedAt as Date };
}

/** `insertRow` for rows nobody reads back right away (audit events): no RETURNING. */
export async function insertOnly<T>(em: EntityManager, target: EntityTarget<T>, values: Partial<T>): Promise<void> {
  await insert(em, target, values, []);
}
