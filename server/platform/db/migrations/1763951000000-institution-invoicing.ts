import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The invoice issuer of an institution: its legal name and qualified-invoice registration number (T + 13 digits).
 * Plain ALTER TABLE: TypeORM's addColumn would rebuild the SQLite table and drop its catalogue-revision triggers.
 */
export class InstitutionInvoicing1763951000000 implements MigrationInterface {
  name = "InstitutionInvoicing1763951000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const varchar = (n: number) => (postgres ? `character varying(${n})` : `varchar(${n})`);
    await queryRunner.query(`ALTER TABLE "institution" ADD COLUMN "invoice_issuer_name" ${varchar(200)} NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "institution" ADD COLUMN "invoice_registration_number" ${varchar(14)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "institution" DROP COLUMN "invoice_registration_number"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP COLUMN "invoice_issuer_name"`);
  }
}
