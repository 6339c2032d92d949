import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A company's contact telephone, shown to facility staff beside each of its bookings (empty when none was given).
 * Plain ALTER TABLE: TypeORM's addColumn would rebuild the SQLite table.
 */
export class CompanyContactPhone1763954000000 implements MigrationInterface {
  name = "CompanyContactPhone1763954000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(
      postgres
        ? `ALTER TABLE "company" ADD COLUMN "contact_phone" character varying(40) NOT NULL DEFAULT ''`
        : `ALTER TABLE "company" ADD COLUMN "contact_phone" varchar(40) NOT NULL DEFAULT ('')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "company" DROP COLUMN "contact_phone"`);
  }
}
