import type { MigrationInterface, QueryRunner } from "typeorm";

/** Every table whose rows a catalogue answer shows: instruments, their institution, and who staffs them (active). */
const CATALOGUE_TABLES = ["instrument", "institution", "staff_member", "staff_instrument"] as const;
const SQLITE_EVENTS = ["insert", "update", "delete"] as const;

/**
 * A one-row catalogue revision stamp, bumped by triggers in the same transaction as any change to the catalogue
 * tables, so the per-process catalogue cache (server/services/catalogue-cache.ts) can tell whether a cached answer
 * is still exact. Triggers rather than application code: seeds, scripts, direct SQL and other processes bump it too.
 * PostgreSQL: one statement-level trigger per table (TRUNCATE included); SQLite has only row-level triggers.
 */
export class CatalogueRevision1763950400000 implements MigrationInterface {
  name = "CatalogueRevision1763950400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "catalogue_revision" ("id" integer PRIMARY KEY CHECK ("id" = 1), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "catalogue_revision" ("id", "revision") VALUES (1, 1)`);
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(
        `CREATE FUNCTION bump_catalogue_revision() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           UPDATE "catalogue_revision" SET "revision" = "revision" + 1;
           RETURN NULL;
         END $$`,
      );
      for (const table of CATALOGUE_TABLES) {
        await queryRunner.query(
          `CREATE TRIGGER "catalogue_revision_${table}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_revision()`,
        );
      }
      return;
    }
    for (const table of CATALOGUE_TABLES) {
      for (const event of SQLITE_EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER "catalogue_revision_${table}_${event}" AFTER ${event.toUpperCase()} ON "${table}"
           BEGIN UPDATE "catalogue_revision" SET "revision" = "revision" + 1; END`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") {
      for (const table of CATALOGUE_TABLES) await queryRunner.query(`DROP TRIGGER IF EXISTS "catalogue_revision_${table}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION IF EXISTS bump_catalogue_revision()`);
    } else {
      for (const table of CATALOGUE_TABLES) {
        for (const event of SQLITE_EVENTS) await queryRunner.query(`DROP TRIGGER IF EXISTS "catalogue_revision_${table}_${event}"`);
      }
    }
    await queryRunner.query(`DROP TABLE "catalogue_revision"`);
  }
}
