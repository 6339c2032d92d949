import type { MigrationInterface, QueryRunner } from "typeorm";

/** Terms of use: the published versions (`terms_version`) and who accepted which, when (`terms_acceptance`). */
export class TermsOfUse1763952000001 implements MigrationInterface {
  name = "TermsOfUse1763952000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const statement of postgres ? POSTGRES_TABLES : SQLITE_TABLES) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "terms_acceptance"`);
    await queryRunner.query(`DROP TABLE "terms_version"`);
  }
}

const SQLITE_TABLES = [
  `CREATE TABLE "terms_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "text_ja" text NOT NULL, "text_en" text NOT NULL, "published_by_id" integer)`,
  `CREATE TABLE "terms_acceptance" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accepted_at" datetime NOT NULL DEFAULT (datetime('now')), "user_id" integer NOT NULL, "version" integer NOT NULL)`,
];

const POSTGRES_TABLES = [
  `CREATE TABLE "terms_version" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "text_ja" text NOT NULL, "text_en" text NOT NULL, "published_by_id" integer, CONSTRAINT "PK_terms_version" PRIMARY KEY ("id"))`,
  `CREATE TABLE "terms_acceptance" ("id" SERIAL NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" integer NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_terms_acceptance" PRIMARY KEY ("id"))`,
];

/** Named as TypeORM names them, so the schema builder finds nothing to change. */
const INDEXES = [
  `CREATE UNIQUE INDEX "IDX_5e5e7f040645d3cb82523e359a" ON "terms_version" ("version")`,
  `CREATE UNIQUE INDEX "IDX_a089e7bcae496840c223da9e24" ON "terms_acceptance" ("user_id", "version")`,
];
