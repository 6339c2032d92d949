import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Files: instruments get uploaded photos (`instrument.photos`, JSON: id, alternative text ja/en, size) instead of
 * photo addresses, and bookings get attachments (`reservation_attachment`). The old `photo_url` and `photo_urls`
 * columns go: the addresses pointed at other sites, which the Content-Security-Policy (img-src 'self') never let a
 * browser show. Columns change with plain ALTER TABLE (SQLite 3.35+ drops a column in place; TypeORM's
 * addColumn/dropColumn would rebuild the table and lose the catalogue revision triggers).
 */
export class Files1763956000000 implements MigrationInterface {
  name = "Files1763956000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`ALTER TABLE "instrument" ADD COLUMN "photos" text`);
    await queryRunner.query(`ALTER TABLE "instrument" DROP COLUMN "photo_url"`);
    await queryRunner.query(`ALTER TABLE "instrument" DROP COLUMN "photo_urls"`);
    await queryRunner.query(postgres ? POSTGRES_TABLE : SQLITE_TABLE);
    await queryRunner.query(`CREATE INDEX "IDX_0c02c2bda3cc3ebd0f1b3e58ff" ON "reservation_attachment" ("reservation_id", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`DROP TABLE "reservation_attachment"`);
    await queryRunner.query(`ALTER TABLE "instrument" ADD COLUMN "photo_url" ${postgres ? "character varying(500)" : "varchar(500)"}`);
    await queryRunner.query(`ALTER TABLE "instrument" ADD COLUMN "photo_urls" text`);
    await queryRunner.query(`ALTER TABLE "instrument" DROP COLUMN "photos"`);
  }
}

const SQLITE_TABLE = `CREATE TABLE "reservation_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "reservation_id" integer NOT NULL, "uploaded_by_user_id" integer NOT NULL, "stored_name" varchar(64) NOT NULL, "file_name" varchar(200) NOT NULL, "content_type" varchar(100) NOT NULL, "size_bytes" integer NOT NULL)`;

const POSTGRES_TABLE = `CREATE TABLE "reservation_attachment" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reservation_id" integer NOT NULL, "uploaded_by_user_id" integer NOT NULL, "stored_name" character varying(64) NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, CONSTRAINT "PK_79ca4655ddfb6fd653d8c66054f" PRIMARY KEY ("id"))`;
