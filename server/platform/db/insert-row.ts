import type { DataSource, EntityManager, EntityTarget } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
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
  /** The companion row's columns, after the main row's in the parameter list (PostgreSQL only). */
  companionColumns: ColumnMetadata[];
}

/** A row of another table written with the main row, holding the new row's id (e.g. its audit event). */
export interface Companion<C> {
  target: EntityTarget<C>;
  values: Partial<C>;
  /** The companion's column that receives the new row's id. */
  idProperty: keyof C & string;
}

/**
 * A condition the row is written under, checked in the same statement (e.g. that the session is still signed in,
 * `session-guard.ts`). `key` names its SQL, which must be the same for the same key.
 */
export interface Condition {
  key: string;
  /** A boolean SQL expression; `placeholder()` writes the next parameter, taking `values` in order. */
  sql: (placeholder: () => string) => string;
  values: unknown[];
}

export interface InsertOptions<C> {
  companion?: Companion<C>;
  /**
   * PostgreSQL: an advisory transaction lock (the two keys of `pg_advisory_xact_lock(int, int)`) taken before the
   * insert, in the same statement, and held until it commits. SQLite writes run one at a time and need none.
   */
  advisoryLock?: [number, number];
  /** Write only if this holds when the statement runs (then `insertRow` answers null when it did not). */
  onlyIf?: Condition;
}

interface Shape {
  properties: string[];
  returned: string[];
  companion?: { target: EntityTarget<unknown>; properties: string[]; idProperty: string };
  advisoryLock: boolean;
  condition?: Condition;
}

const statements = new WeakMap<DataSource, Map<string, Statement>>();

function setProperties<T>(metadata: EntityMetadata, values: Partial<T>): string[] {
  return Object.keys(values).filter(
    (property) => values[property as keyof T] !== undefined && metadata.findColumnWithPropertyName(property) !== undefined,
  );
}

/**
 * The INSERT for these columns of this table (built once per data source and shape), returning these columns.
 * With a companion (PostgreSQL), one statement writes both rows through data-modifying `WITH` clauses; with an
 * advisory lock, the insert selects from the lock so that PostgreSQL takes the lock first.
 */
function statementFor(em: EntityManager, target: EntityTarget<unknown>, shape: Shape): Statement {
  const perSource = statements.get(em.connection) ?? statements.set(em.connection, new Map()).get(em.connection)!;
  const metadata = em.connection.getMetadata(target);
  const companionMetadata = shape.companion && em.connection.getMetadata(shape.companion.target);
  const key = [
    `${metadata.name}(${shape.properties.join(",")}) ${shape.returned.join(",")}`,
    companionMetadata ? `+${companionMetadata.name}(${shape.companion!.properties.join(",")})->${shape.companion!.idProperty}` : "",
    shape.advisoryLock ? "locked" : "",
    shape.condition ? `if ${shape.condition.key}` : "",
  ].join(" ");
  let statement = perSource.get(key);
  if (statement) return statement;

  const driver = em.connection.driver;
  const columnOf = (meta: EntityMetadata) => (property: string) => meta.findColumnWithPropertyName(property)!;
  const names = (columns: ColumnMetadata[]) => columns.map((c) => driver.escape(c.databaseName)).join(", ");
  let parameterCount = 0;
  const placeholders = (count: number) => Array.from({ length: count }, () => driver.createParameter(`p${parameterCount}`, parameterCount++)).join(", ");
  const columns = shape.properties.map(columnOf(metadata));
  const returning = shape.returned.map(columnOf(metadata));
  const table = driver.escape(metadata.tablePath);
  const returningSql = returning.length ? ` RETURNING ${names(returning)}` : "";

  // Placeholders in the order of the parameter list: lock keys, values, condition, companion.
  const lockKeys = shape.advisoryLock ? placeholders(2) : "";
  const values = placeholders(columns.length);
  const condition = shape.condition ? ` WHERE ${shape.condition.sql(() => placeholders(1))}` : "";
  // The new row's values: selected from the lock, so that PostgreSQL takes it first, and under the condition.
  const row = shape.advisoryLock ? `SELECT ${values} FROM "lock"${condition}` : condition ? `SELECT ${values}${condition}` : `VALUES (${values})`;
  const insert = `INSERT INTO ${table} (${names(columns)}) ${row}${returningSql}`;
  if (!companionMetadata && !shape.advisoryLock) {
    statement = { sql: insert, columns, returning, companionColumns: [] };
  } else {
    const clauses: string[] = [];
    if (shape.advisoryLock) clauses.push(`"lock" AS (SELECT pg_advisory_xact_lock(${lockKeys}))`);
    clauses.push(`"inserted" AS (${insert})`);
    let companionColumns: ColumnMetadata[] = [];
    if (companionMetadata) {
      companionColumns = shape.companion!.properties.map(columnOf(companionMetadata));
      const idColumn = columnOf(companionMetadata)(shape.companion!.idProperty);
      const primary = driver.escape(metadata.primaryColumns[0].databaseName);
      clauses.push(
        `"companion" AS (INSERT INTO ${driver.escape(companionMetadata.tablePath)} (${names([...companionColumns, idColumn])}) ` +
          `SELECT ${placeholders(companionColumns.length)}, "inserted".${primary} FROM "inserted")`,
      );
    }
    const sql = `WITH ${clauses.join(", ")} SELECT ${returning.length ? names(returning) : "1"} FROM "inserted"`;
    statement = { sql, columns, returning, companionColumns };
  }
  perSource.set(key, statement);
  return statement;
}

function parameters<T>(em: EntityManager, columns: ColumnMetadata[], values: Partial<T>): unknown[] {
  const driver = em.connection.driver;
  return columns.map((column) => driver.preparePersistentValue(column.getEntityValue(values), column));
}

/** Writes the entity's own columns that are set, after telling entity subscribers; returns the `returned` columns, hydrated. */
async function insert<T, C = never>(
  em: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T>,
  returned: string[],
  options: InsertOptions<C> = {},
): Promise<Record<string, unknown> | null> {
  const metadata = em.connection.getMetadata(target);
  const postgres = em.connection.options.type === "postgres";
  const { companion } = options;
  // SQLite has no data-modifying WITH: the companion is a second statement in the caller's transaction.
  const together = postgres && companion !== undefined;
  const shape: Shape = {
    properties: setProperties(metadata, values),
    // The companion needs the new id, in the statement (PostgreSQL) or after it (SQLite).
    returned: companion && !returned.includes("id") ? [...returned, "id"] : returned,
    advisoryLock: postgres && options.advisoryLock !== undefined,
    condition: options.onlyIf,
    companion: together
      ? {
          target: companion.target as EntityTarget<unknown>,
          idProperty: companion.idProperty,
          properties: setProperties(em.connection.getMetadata(companion.target), companion.values).filter((p) => p !== companion.idProperty),
        }
      : undefined,
  };
  const statement = statementFor(em, target, shape);
  await em.queryRunner?.broadcaster.broadcast("BeforeInsert", metadata, values);
  const driver = em.connection.driver;
  const rows = await preparedQuery(em, statement.sql, [
    ...(shape.advisoryLock ? options.advisoryLock! : []),
    ...parameters(em, statement.columns, values),
    ...(options.onlyIf?.values ?? []),
    ...parameters(em, statement.companionColumns, companion?.values ?? {}),
  ]);
  if (options.onlyIf && rows.length === 0) return null;
  const row = Object.fromEntries(statement.returning.map((column) => [column.propertyName, driver.prepareHydratedValue(rows[0][column.databaseName], column)]));
  if (companion && !together) {
    await insert(em, companion.target, { ...companion.values, [companion.idProperty]: Number(row.id) } as Partial<C>, []);
  }
  return row;
}

/**
 * Inserts one row in one `INSERT … RETURNING` (built once per table and column set, values through the driver's
 * conversion, entity subscribers told) and returns the generated id and timestamps; only the entity's own columns
 * are written. Options: `companion`, a row holding the new id (its audit event), written in the same statement on
 * PostgreSQL and right after on SQLite; `advisoryLock`, taken first in the same statement (PostgreSQL);
 * `onlyIf`, a condition the write needs, checked by the statement: null when it did not hold.
 * Why it exists instead of `repository.insert`: docs/benchmarks.md, third and sixth runs.
 */
export async function insertRow<T extends BaseRow, C = never>(
  em: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T>,
  options: InsertOptions<C> = {},
): Promise<InsertedKeys | null> {
  const row = await insert(em, target, values, ["id", "createdAt", "updatedAt"], options);
  return row && { id: Number(row.id), createdAt: row.createdAt as Date, updatedAt: row.updatedAt as Date };
}

/** `insertRow` for rows nobody reads back right away (audit events): no RETURNING. */
export async function insertOnly<T>(em: EntityManager, target: EntityTarget<T>, values: Partial<T>): Promise<void> {
  await insert(em, target, values, []);
}
