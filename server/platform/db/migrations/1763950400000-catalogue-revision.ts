import type { MigrationInterface, QueryRunner } from "typeorm";
import { ANY_ROW_CHANGE, createRevisionStamp, dropRevisionStamp, type StampedTable } from "./revision-stamp";

/** Every table whose rows a catalogue answer shows: instruments, their institution, and who staffs them (active). */
const CATALOGUE_TABLES: StampedTable[] = ["instrument", "institution", "staff_member", "staff_instrument"].map((table) => ({ table, events: ANY_ROW_CHANGE }));

/**
 * A one-row catalogue revision stamp, bumped by triggers in the same transaction as any change to the catalogue
 * tables, so the per-process catalogue cache (server/services/catalogue-cache.ts) can tell whether a cached answer
 * is still exact. PostgreSQL: one statement-level trigger per table (TRUNCATE included); SQLite has only
 * row-level triggers.
 */
export class CatalogueRevision1763950400000 implements MigrationInterface {
  name = "CatalogueRevision1763950400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createRevisionStamp(queryRunner, "catalogue_revision", CATALOGUE_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropRevisionStamp(queryRunner, "catalogue_revision", CATALOGUE_TABLES);
  }
}
