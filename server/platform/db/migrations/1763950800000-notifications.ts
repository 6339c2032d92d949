import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notifications: `audit_event.notified_at` (the dispatcher's mark) with a partial index on the events still to
 * handle, the in-app inbox (`notification`) and the e-mail outbox (`mail_outbox`). The column is added with plain
 * ALTER TABLE: TypeORM's addColumn would rebuild the SQLite table. Events written before this migration count as
 * handled, so an existing deployment does not mail its whole history on upgrade.
 */
export class Notifications1763950800000 implements MigrationInterface {
  name = "Notifications1763950800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const instant = postgres ? "TIMESTAMP WITH TIME ZONE" : "datetime";
    await queryRunner.query(`ALTER TABLE "audit_event" ADD COLUMN "notified_at" ${instant}`);
    await queryRunner.query(`UPDATE "audit_event" SET "notified_at" = "created_at"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_unnotified" ON "audit_event" ("id") WHERE "notified_at" IS NULL`);
    for (const statement of postgres ? POSTGRES_TABLES : SQLITE_TABLES) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_event_unnotified"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "notified_at"`);
  }
}

const SQLITE_TABLES = [
  `CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "user_id" integer NOT NULL, "audit_event_id" integer NOT NULL, "kind" varchar(40) NOT NULL, "reservation_id" integer, "title" varchar(300) NOT NULL, "body" text NOT NULL, "read_at" datetime)`,
  `CREATE TABLE "mail_outbox" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "recipient" varchar(254) NOT NULL, "subject" varchar(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "message_id" varchar(200) NOT NULL, "status" varchar(20) NOT NULL DEFAULT ('pending'), "attempts" integer NOT NULL DEFAULT (0), "next_attempt_at" datetime NOT NULL, "sent_at" datetime, "last_error" varchar(1000))`,
];

const POSTGRES_TABLES = [
  `CREATE TABLE "notification" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" integer NOT NULL, "audit_event_id" integer NOT NULL, "kind" character varying(40) NOT NULL, "reservation_id" integer, "title" character varying(300) NOT NULL, "body" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
  `CREATE TABLE "mail_outbox" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "message_id" character varying(200) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(1000), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
];

/** Named as TypeORM names them, so the schema builder finds nothing to change. */
const INDEXES = [
  `CREATE UNIQUE INDEX "IDX_004738e37de6819c8295800480" ON "notification" ("audit_event_id", "user_id")`,
  `CREATE INDEX "IDX_5259f9d159d642912658da4676" ON "notification" ("user_id", "id")`,
  `CREATE UNIQUE INDEX "IDX_3c364b2c15ecfabf0b12e8b18a" ON "mail_outbox" ("message_id")`,
  `CREATE INDEX "IDX_63513349650e25976f9ec6dcda" ON "mail_outbox" ("status", "next_attempt_at")`,
];
