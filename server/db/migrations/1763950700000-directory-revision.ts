import type { MigrationInterface, QueryRunner } from "typeorm";

/** The names of people and companies that calendar events show: the booking company, the booker, the staff member. */
const SHOWN_NAMES = [
  { table: "company", column: "name" },
  { table: "app_user", column: "display_name" },
] as const;

/**
 * A one-row stamp bumped by triggers whenever a name that calendar events show changes (or such a row goes), in
 * the same transaction. A feed's fingerprint reads it instead of joining companies and users and comparing their
 * `updated_at`: cheaper on every poll, and it tells two renames in the same second apart (SQLite's `updated_at`
 * has one-second resolution). Only these columns: logins, password changes and locale never touch rendered feeds.
 * PostgreSQL: statement-level triggers; SQLite: row-level ones. Both fire when the column is among those updated.
 */
export class DirectoryRevision1763950700000 implements MigrationInterface {
  name = "DirectoryRevision1763950700000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "directory_revision" ("id" integer PRIMARY KEY CHECK ("id" = 1), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "directory_revision" ("id", "revision") VALUES (1, 1)`);
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(
        `CREATE FUNCTION bump_directory_revision() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           UPDATE "directory_revision" SET "revision" = "revision" + 1;
           RETURN NULL;
         END $$`,
      );
      for (const { table, column } of SHOWN_NAMES) {
        await queryRunner.query(
          `CREATE TRIGGER "directory_revision_${table}" AFTER UPDATE OF "${column}" OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_revision()`,
        );
      }
      return;
    }
    for (const { table, column } of SHOWN_NAMES) {
      for (const [suffix, event] of [["update", `UPDATE OF "${column}"`], ["delete", "DELETE"]]) {
        await queryRunner.query(
          `CREATE TRIGGER "directory_revision_${table}_${suffix}" AFTER ${event} ON "${table}"
           BEGIN UPDATE "directory_revision" SET "revision" = "revision" + 1; END`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") {
      for (const { table } of SHOWN_NAMES) await queryRunner.query(`DROP TRIGGER IF EXISTS "directory_revision_${table}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION IF EXISTS bump_directory_revision()`);
    } else {
      for (const { table } of SHOWN_NAMES) {
        for (const suffix of ["update", "delete"]) await queryRunner.query(`DROP TRIGGER IF EXISTS "directory_revision_${table}_${suffix}"`);
      }
    }
    await queryRunner.query(`DROP TABLE "directory_revision"`);
  }
}
