import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Opening hours in force per date: an instrument may carry a scheduled change (new weekly hours and the local date
 * they take over from), so a shortening can wait until after the bookings it would strand. Plain ALTER TABLE:
 * TypeORM's addColumn would rebuild the SQLite table and drop its triggers.
 */
export class OpeningHoursChange1763954000001 implements MigrationInterface {
  name = "OpeningHoursChange1763954000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "instrument" ADD COLUMN "opening_hours_change" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "instrument" DROP COLUMN "opening_hours_change"`);
  }
}
