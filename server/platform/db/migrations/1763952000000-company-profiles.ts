import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Company profiles and verified customer types: the English name, address, corporate number, SME facts (sector,
 * employees, capital), the verification state; a reservation's pending reason and who entered it. Every existing
 * company starts `unverified`: its customer type was whatever it declared. Pending reservations wait for approval.
 * Plain ALTER TABLE: TypeORM's addColumn would rebuild the SQLite tables (and drop the reservation triggers).
 */
export class CompanyProfiles1763952000000 implements MigrationInterface {
  name = "CompanyProfiles1763952000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const varchar = (n: number) => (postgres ? `character varying(${n})` : `varchar(${n})`);
    const instant = postgres ? "TIMESTAMP WITH TIME ZONE" : "datetime";
    const columns = [
      `"name_en" ${varchar(200)} NOT NULL DEFAULT ''`,
      `"verification" ${varchar(20)} NOT NULL DEFAULT 'unverified'`,
      `"verified_at" ${instant}`,
      `"verified_by_id" integer`,
      `"address" ${varchar(500)} NOT NULL DEFAULT ''`,
      `"corporate_number" ${varchar(13)}`,
      `"sector" ${varchar(20)}`,
      `"employees" integer`,
      `"capital_yen" bigint`,
    ];
    for (const column of columns) await queryRunner.query(`ALTER TABLE "company" ADD COLUMN ${column}`);
    await queryRunner.query(`ALTER TABLE "reservation" ADD COLUMN "pending_reason" ${varchar(30)}`);
    await queryRunner.query(`ALTER TABLE "reservation" ADD COLUMN "entered_by_user_id" integer`);
    await queryRunner.query(`UPDATE "reservation" SET "pending_reason" = 'approval_required' WHERE "status" = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ["entered_by_user_id", "pending_reason"]) await queryRunner.query(`ALTER TABLE "reservation" DROP COLUMN "${column}"`);
    const columns = ["capital_yen", "employees", "sector", "corporate_number", "address", "verified_by_id", "verified_at", "verification", "name_en"];
    for (const column of columns) await queryRunner.query(`ALTER TABLE "company" DROP COLUMN "${column}"`);
  }
}
