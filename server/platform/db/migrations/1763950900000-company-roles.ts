import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A company member's role in their company: `admin` (invites and removes members, edits the profile) or `member`.
 * Null for everyone who is not a company member. Until now every sign-up made a one-person company, so each
 * existing company member becomes their company's admin. Plain ALTER TABLE: TypeORM's addColumn would rebuild
 * the SQLite table.
 */
export class CompanyRoles1763950900000 implements MigrationInterface {
  name = "CompanyRoles1763950900000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`ALTER TABLE "app_user" ADD COLUMN "company_role" ${postgres ? "character varying(10)" : "varchar(10)"}`);
    await queryRunner.query(`UPDATE "app_user" SET "company_role" = 'admin' WHERE "role" = 'company_member'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "company_role"`);
  }
}
