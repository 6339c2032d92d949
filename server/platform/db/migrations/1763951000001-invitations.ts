import type { MigrationInterface, QueryRunner } from "typeorm";

/** Invitations: single-use links that create an account; only the SHA-256 of the token is stored. */
export class Invitations1763951000001 implements MigrationInterface {
  name = "Invitations1763951000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(postgres ? POSTGRES_TABLE : SQLITE_TABLE);
    for (const statement of INDEXES) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}

const SQLITE_TABLE = `CREATE TABLE "invitation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "token_hash" varchar(64) NOT NULL, "email" varchar(254) NOT NULL, "role" varchar(30) NOT NULL, "institution_id" integer, "company_id" integer, "invited_by_user_id" integer, "locale" varchar(5) NOT NULL DEFAULT ('ja'), "expires_at" datetime NOT NULL, "accepted_at" datetime, "accepted_user_id" integer, "revoked_at" datetime)`;

const POSTGRES_TABLE = `CREATE TABLE "invitation" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "token_hash" character varying(64) NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(30) NOT NULL, "institution_id" integer, "company_id" integer, "invited_by_user_id" integer, "locale" character varying(5) NOT NULL DEFAULT 'ja', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_user_id" integer, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`;

/** Named as TypeORM names them, so the schema builder finds nothing to change. */
const INDEXES = [
  `CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation" ("token_hash")`,
  `CREATE INDEX "IDX_5f1b2f69cbb2523a241c6c1c95" ON "invitation" ("company_id", "id")`,
  `CREATE INDEX "IDX_aceba8615d400e2033b40e9ec5" ON "invitation" ("institution_id", "id")`,
];
