import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Quotes (#18): versioned quotes on a consultation with their priced lines; a reservation booked from a quote
 * and the charges of its session name the quote. New tables named as TypeORM names them; the new columns with
 * plain ALTER TABLE (TypeORM's addColumn would rebuild the SQLite tables and drop the reservation's triggers).
 */
export class Quotes1764200000000 implements MigrationInterface {
  name = "Quotes1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const statement of postgres ? POSTGRES_TABLES : SQLITE_TABLES) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "reservation" ADD COLUMN "quote_id" integer`);
    await queryRunner.query(`ALTER TABLE "charge" ADD COLUMN "quote_id" integer`);
    await queryRunner.query(`CREATE INDEX "IDX_7089f4066778db2c1d6cd6747a" ON "reservation" ("quote_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_7089f4066778db2c1d6cd6747a"`);
    await queryRunner.query(`ALTER TABLE "charge" DROP COLUMN "quote_id"`);
    await queryRunner.query(`ALTER TABLE "reservation" DROP COLUMN "quote_id"`);
    for (const table of ["quote_line", "quote"]) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}

const SQLITE_TABLES = [
  `CREATE TABLE "quote" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "consultation_id" integer NOT NULL, "institution_id" integer NOT NULL, "company_id" integer NOT NULL, "version" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT ('issued'), "customer_type" varchar(20) NOT NULL, "provisional" boolean NOT NULL DEFAULT (0), "valid_until" varchar(10) NOT NULL, "notes" varchar(2000) NOT NULL DEFAULT (''), "tax_rounding" varchar(10) NOT NULL DEFAULT ('floor'), "subtotal" integer NOT NULL, "tax" integer NOT NULL, "total" integer NOT NULL, "taxes" text NOT NULL, "created_by_id" integer NOT NULL, "answered_by_id" integer, "answered_at" datetime, "decline_reason" varchar(1000))`,
  `CREATE TABLE "quote_line" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "quote_id" integer NOT NULL, "position" integer NOT NULL, "kind" varchar(20) NOT NULL, "instrument_id" integer, "usage_mode" varchar(12), "minutes" integer, "hourly_rate" integer, "description" varchar(300) NOT NULL, "quantity_milli" integer NOT NULL, "unit" varchar(20) NOT NULL, "unit_price" integer NOT NULL, "amount" integer NOT NULL, "tax_category" varchar(10) NOT NULL DEFAULT ('standard'))`,
];

const POSTGRES_TABLES = [
  `CREATE TABLE "quote" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consultation_id" integer NOT NULL, "institution_id" integer NOT NULL, "company_id" integer NOT NULL, "version" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'issued', "customer_type" character varying(20) NOT NULL, "provisional" boolean NOT NULL DEFAULT false, "valid_until" character varying(10) NOT NULL, "notes" character varying(2000) NOT NULL DEFAULT '', "tax_rounding" character varying(10) NOT NULL DEFAULT 'floor', "subtotal" integer NOT NULL, "tax" integer NOT NULL, "total" integer NOT NULL, "taxes" text NOT NULL, "created_by_id" integer NOT NULL, "answered_by_id" integer, "answered_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(1000), CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`,
  `CREATE TABLE "quote_line" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "quote_id" integer NOT NULL, "position" integer NOT NULL, "kind" character varying(20) NOT NULL, "instrument_id" integer, "usage_mode" character varying(12), "minutes" integer, "hourly_rate" integer, "description" character varying(300) NOT NULL, "quantity_milli" integer NOT NULL, "unit" character varying(20) NOT NULL, "unit_price" integer NOT NULL, "amount" integer NOT NULL, "tax_category" character varying(10) NOT NULL DEFAULT 'standard', CONSTRAINT "PK_a26b43aca98839fad6b4c70ec8b" PRIMARY KEY ("id"))`,
];

const INDEXES = [
  `CREATE INDEX "IDX_7c1810deb8d194016bd3bd44eb" ON "quote" ("company_id", "status")`,
  `CREATE UNIQUE INDEX "IDX_793de2233260e068c25d8f36ac" ON "quote" ("consultation_id", "version")`,
  `CREATE INDEX "IDX_7c94d0f255a3037feab4855637" ON "quote_line" ("quote_id", "position")`,
];
