import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The institution's payment instructions printed on its invoices (bank account, 振込手数料, whom to ask); empty
 * when none. Plain ALTER TABLE: TypeORM's addColumn would rebuild the SQLite table.
 */
export class InvoicePaymentNote1764300000000 implements MigrationInterface {
  name = "InvoicePaymentNote1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(
      postgres
        ? `ALTER TABLE "billing_settings" ADD COLUMN "payment_note" character varying(500) NOT NULL DEFAULT ''`
        : `ALTER TABLE "billing_settings" ADD COLUMN "payment_note" varchar(500) NOT NULL DEFAULT ('')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "billing_settings" DROP COLUMN "payment_note"`);
  }
}
