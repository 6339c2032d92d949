import type { QueryRunner } from "typeorm";

/**
 * A table whose changes move a revision stamp. `events` name the SQLite row-level triggers (`<stamp>_<table>_<key>`)
 * and what each fires on; PostgreSQL takes the same events, plus TRUNCATE, in one statement-level trigger
 * (`<stamp>_<table>`).
 */
export interface StampedTable {
  table: string;
  events: Record<string, string>;
}

/** Every row change, for tables where any change counts. */
export const ANY_ROW_CHANGE = { insert: "INSERT", update: "UPDATE", delete: "DELETE" } as const;

const isPostgres = (queryRunner: QueryRunner) => queryRunner.connection.driver.options.type === "postgres";

/**
 * Creates a one-row revision stamp `stamp` (a table of that name, revision 1) and the triggers that bump it in the
 * same transaction as any of `tables`' events. Triggers rather than application code: seeds, scripts, direct SQL
 * and other processes bump it too.
 */
export async function createRevisionStamp(queryRunner: QueryRunner, stamp: string, tables: readonly StampedTable[]): Promise<void> {
  await queryRunner.query(`CREATE TABLE "${stamp}" ("id" integer PRIMARY KEY CHECK ("id" = 1), "revision" bigint NOT NULL)`);
  await queryRunner.query(`INSERT INTO "${stamp}" ("id", "revision") VALUES (1, 1)`);
  if (isPostgres(queryRunner)) {
    await queryRunner.query(
      `CREATE FUNCTION bump_${stamp}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "${stamp}" SET "revision" = "revision" + 1;
         RETURN NULL;
       END $$`,
    );
    for (const { table, events } of tables) {
      await queryRunner.query(
        `CREATE TRIGGER "${stamp}_${table}" AFTER ${[...Object.values(events), "TRUNCATE"].join(" OR ")} ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_${stamp}()`,
      );
    }
    return;
  }
  for (const { table, events } of tables) {
    for (const [key, event] of Object.entries(events)) {
      await queryRunner.query(
        `CREATE TRIGGER "${stamp}_${table}_${key}" AFTER ${event} ON "${table}"
         BEGIN UPDATE "${stamp}" SET "revision" = "revision" + 1; END`,
      );
    }
  }
}

/** Drops what `createRevisionStamp` created. */
export async function dropRevisionStamp(queryRunner: QueryRunner, stamp: string, tables: readonly StampedTable[]): Promise<void> {
  if (isPostgres(queryRunner)) {
    for (const { table } of tables) await queryRunner.query(`DROP TRIGGER IF EXISTS "${stamp}_${table}" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS bump_${stamp}()`);
  } else {
    for (const { table, events } of tables) {
      for (const key of Object.keys(events)) await queryRunner.query(`DROP TRIGGER IF EXISTS "${stamp}_${table}_${key}"`);
    }
  }
  await queryRunner.query(`DROP TABLE "${stamp}"`);
}
