import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notification preferences (`notification_setting`, one row per user who changed the defaults), the keys of
 * scheduled messages already written (`scheduled_notice`: reminders, agendas, digests, urgent warnings, each
 * once), and the iTIP invitation an outbox e-mail carries (`mail_outbox.calendar_method`, `calendar`). The
 * columns are added with plain ALTER TABLE: TypeORM's addColumn would rebuild the SQLite table.
 */
export class NotificationSettings1763953000000 implements MigrationInterface {
  name = "NotificationSettings1763953000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const statement of postgres ? POSTGRES : SQLITE) await queryRunner.query(statement);
    const varchar = postgres ? "character varying(10)" : "varchar(10)";
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD COLUMN "calendar_method" ${varchar}`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD COLUMN "calendar" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "calendar"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "calendar_method"`);
    await queryRunner.query(`DROP TABLE "scheduled_notice"`);
    await queryRunner.query(`DROP TABLE "notification_setting"`);
  }
}

const SQLITE = [
  `CREATE TABLE "notification_setting" ("user_id" integer PRIMARY KEY NOT NULL, "email_off" varchar(1000) NOT NULL DEFAULT (''), "reminder_lead_minutes" varchar(100) NOT NULL DEFAULT ('1440,120'), "agenda_time" varchar(5), "weekly_digest" boolean NOT NULL DEFAULT (0), "colleague_bookings" boolean NOT NULL DEFAULT (0), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
  `CREATE TABLE "scheduled_notice" ("key" varchar(200) PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
];

/** Named as TypeORM names them, so the schema builder finds nothing to change. */
const POSTGRES = [
  `CREATE TABLE "notification_setting" ("user_id" integer NOT NULL, "email_off" character varying(1000) NOT NULL DEFAULT '', "reminder_lead_minutes" character varying(100) NOT NULL DEFAULT '1440,120', "agenda_time" character varying(5), "weekly_digest" boolean NOT NULL DEFAULT false, "colleague_bookings" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d210b9143572b7e8179c15f5f2a" PRIMARY KEY ("user_id"))`,
  `CREATE TABLE "scheduled_notice" ("key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19f14cc2b887970facf261e3cba" PRIMARY KEY ("key"))`,
];
