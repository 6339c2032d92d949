import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * `blackout.revision` counts the edits after creation, so that a calendar feed notices two edits of a window in
 * the same second (SQLite's `updated_at` has one-second resolution) and its SEQUENCE grows with each.
 * Plain `ALTER TABLE … ADD COLUMN` on both databases: TypeORM's SQLite `addColumn` rebuilds the table.
 */
export class BlackoutRevision1763950600000 implements MigrationInterface {
  name = "BlackoutRevision1763950600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "blackout" ADD COLUMN "revision" integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "blackout" DROP COLUMN "revision"`);
  }
}
