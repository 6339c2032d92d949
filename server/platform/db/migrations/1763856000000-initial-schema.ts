import type { MigrationInterface, QueryRunner } from "typeorm";
import { POSTGRES_INITIAL_SCHEMA } from "./1763856000000-initial-schema.postgres";

/** The first schema: catalogue, people, reservations, sessions and audit trail. */
export class InitialSchema1763856000000 implements MigrationInterface {
  name = "InitialSchema1763856000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const statements = postgres ? POSTGRES_INITIAL_SCHEMA : [...SQLITE_TABLES, ...SQLITE_OVERLAP_TRIGGERS];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLE_ORDER].reverse()) await queryRunner.query(`DROP TABLE IF EXISTS "${table}"`);
    if (queryRunner.connection.driver.options.type === "postgres") await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}

const TABLE_ORDER = [
  "institution", "company", "app_user", "instrument", "institution_closure", "staff_member", "staff_instrument",
  "staff_time_off", "qualification", "reservation", "blackout", "auth_session", "audit_event",
] as const;

const SQLITE_TABLES = [
    `CREATE TABLE "institution" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "name_ja" varchar(200) NOT NULL, "name_en" varchar(200) NOT NULL, "kind" varchar(40) NOT NULL, "prefecture" varchar(20) NOT NULL, "address_ja" varchar(400) NOT NULL DEFAULT (''), "address_en" varchar(400) NOT NULL DEFAULT (''), "contact_email" varchar(254) NOT NULL DEFAULT (''), "contact_phone" varchar(40) NOT NULL DEFAULT (''), "timezone" varchar(64) NOT NULL DEFAULT ('Asia/Tokyo'), "closed_on_national_holidays" boolean NOT NULL DEFAULT (1))`,
    `CREATE TABLE "company" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar(200) NOT NULL, "customer_type" varchar(20) NOT NULL DEFAULT ('sme'), "contact_name" varchar(200) NOT NULL DEFAULT (''), "contact_email" varchar(254) NOT NULL DEFAULT (''), "prefecture" varchar(20))`,
    `CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "email" varchar(254) NOT NULL, "password_hash" varchar(300) NOT NULL, "display_name" varchar(200) NOT NULL, "role" varchar(30) NOT NULL, "locale" varchar(5) NOT NULL DEFAULT ('ja'), "company_id" integer, "institution_id" integer, "active" boolean NOT NULL DEFAULT (1), "last_login_at" datetime, CONSTRAINT "FK_6d01279351be48cf10107b178dc" FOREIGN KEY ("company_id") REFERENCES "company" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6e4e53daa243948062ebff290ac" FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    `CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email")`,
    `CREATE INDEX "IDX_6d01279351be48cf10107b178d" ON "app_user" ("company_id")`,
    `CREATE TABLE "instrument" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "name_ja" varchar(200) NOT NULL, "name_en" varchar(200) NOT NULL, "category" varchar(40) NOT NULL, "manufacturer" varchar(200) NOT NULL DEFAULT (''), "model" varchar(200) NOT NULL DEFAULT (''), "description_ja" text NOT NULL DEFAULT (''), "description_en" text NOT NULL DEFAULT (''), "keywords" text NOT NULL, "specs" text NOT NULL, "building" varchar(200) NOT NULL DEFAULT (''), "room" varchar(100) NOT NULL DEFAULT (''), "photo_url" varchar(500), "status" varchar(20) NOT NULL DEFAULT ('active'), "opening_hours" text NOT NULL, "slot_minutes" integer NOT NULL DEFAULT (30), "min_duration_minutes" integer NOT NULL DEFAULT (60), "max_duration_minutes" integer NOT NULL DEFAULT (480), "lead_time_hours" integer NOT NULL DEFAULT (24), "horizon_days" integer NOT NULL DEFAULT (90), "requires_approval" boolean NOT NULL DEFAULT (0), "self_use" boolean NOT NULL DEFAULT (1), "staff_operated" boolean NOT NULL DEFAULT (1), "training" boolean NOT NULL DEFAULT (1), "rate_academic" integer NOT NULL DEFAULT (0), "rate_company" integer NOT NULL DEFAULT (0), "rate_sme" integer NOT NULL DEFAULT (0), "rate_assistance" integer NOT NULL DEFAULT (0), "search_text" text NOT NULL DEFAULT (''), CONSTRAINT "FK_92802867756de9b9659f4c0814d" FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    `CREATE INDEX "IDX_9933d7b992093f4bcb19095735" ON "instrument" ("category", "status")`,
    `CREATE INDEX "IDX_06b3bc66e4f0c80df9a4f93baf" ON "instrument" ("institution_id", "status")`,
    `CREATE TABLE "institution_closure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "date" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL DEFAULT (''), CONSTRAINT "FK_06f4f4e264ba29c7dd313b19c4d" FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    `CREATE UNIQUE INDEX "IDX_680b4aed80164b1ef9301449e8" ON "institution_closure" ("institution_id", "date")`,
    `CREATE TABLE "staff_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "user_id" integer NOT NULL, "institution_id" integer NOT NULL, "working_hours" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), CONSTRAINT "REL_c85429c32a0be87e67198581c7" UNIQUE ("user_id"), CONSTRAINT "FK_c85429c32a0be87e67198581c7b" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_04adc62b688e3bee3e2d2a16ad5" FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    `CREATE UNIQUE INDEX "IDX_c85429c32a0be87e67198581c7" ON "staff_member" ("user_id")`,
    `CREATE INDEX "IDX_04adc62b688e3bee3e2d2a16ad" ON "staff_member" ("institution_id")`,
    `CREATE TABLE "staff_instrument" ("staff_member_id" integer NOT NULL, "instrument_id" integer NOT NULL, CONSTRAINT "FK_6a852793eaecb47af54ce29b813" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_bfdbb17cbac6895edbbb9fb7f32" FOREIGN KEY ("instrument_id") REFERENCES "instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("staff_member_id", "instrument_id"))`,
    `CREATE INDEX "IDX_6a852793eaecb47af54ce29b81" ON "staff_instrument" ("staff_member_id")`,
    `CREATE INDEX "IDX_bfdbb17cbac6895edbbb9fb7f3" ON "staff_instrument" ("instrument_id")`,
    `CREATE TABLE "staff_time_off" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "staff_member_id" integer NOT NULL, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "reason" varchar(1000) NOT NULL DEFAULT (''), CONSTRAINT "FK_5ca66363cd73f803553ee517537" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    `CREATE INDEX "IDX_9177c37eaac55141cd80074981" ON "staff_time_off" ("staff_member_id", "starts_at")`,
    `CREATE TABLE "qualification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "user_id" integer NOT NULL, "instrument_id" integer NOT NULL, "granted_by_id" integer, "granted_at" datetime NOT NULL, "expires_at" datetime, "revoked_at" datetime, "note" varchar(1000) NOT NULL DEFAULT (''), CONSTRAINT "FK_ded2abe65914cdd8f863151519b" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f8dbec3e860684ce952efe39289" FOREIGN KEY ("instrument_id") REFERENCES "instrument" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    `CREATE INDEX "IDX_6e76b883ea9e2474b14210e627" ON "qualification" ("user_id", "instrument_id")`,
    `CREATE TABLE "reservation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "instrument_id" integer NOT NULL, "institution_id" integer NOT NULL, "company_id" integer NOT NULL, "user_id" integer NOT NULL, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "status" varchar(20) NOT NULL, "purpose" text NOT NULL, "sample_description" text NOT NULL DEFAULT (''), "hazard_declaration" text NOT NULL DEFAULT (''), "assistance_type" varchar(20) NOT NULL DEFAULT ('none'), "assistance_note" text NOT NULL DEFAULT (''), "assistance_status" varchar(20) NOT NULL DEFAULT ('not_requested'), "assigned_staff_id" integer, "price_estimate_yen" integer NOT NULL DEFAULT (0), "revision" integer NOT NULL DEFAULT (1), "cancellation_reason" varchar(1000), "cancelled_at" datetime, "cancelled_by_id" integer, "decision_reason" varchar(1000), "decided_by_id" integer, "decided_at" datetime, CONSTRAINT "FK_47458e03dc3d3ddf75fceda157d" FOREIGN KEY ("instrument_id") REFERENCES "instrument" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_363ebb59727da92a21a41c73638" FOREIGN KEY ("company_id") REFERENCES "company" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e219b0a4ff01b85072bfadf3fd7" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0bac2bfaa0f750f21822353a580" FOREIGN KEY ("assigned_staff_id") REFERENCES "staff_member" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    `CREATE INDEX "IDX_1d8d62065215ea58d8cfb603a7" ON "reservation" ("institution_id", "starts_at")`,
    `CREATE INDEX "IDX_0aef28d759db5e87a321b5dbf9" ON "reservation" ("company_id", "starts_at")`,
    `CREATE INDEX "IDX_e89f64f670b2716f69fbf1ffe5" ON "reservation" ("assigned_staff_id", "starts_at")`,
    `CREATE INDEX "IDX_a4d1579e984c985c5b0c44f15c" ON "reservation" ("instrument_id", "starts_at")`,
    `CREATE TABLE "blackout" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "institution_id" integer NOT NULL, "instrument_id" integer, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "kind" varchar(20) NOT NULL, "reason" varchar(1000) NOT NULL DEFAULT (''), "created_by_id" integer, CONSTRAINT "FK_af90b99a49256158412509e59f0" FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1a10072bf900fd5262c253866da" FOREIGN KEY ("instrument_id") REFERENCES "instrument" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    `CREATE INDEX "IDX_16548a6862de412f5490525826" ON "blackout" ("instrument_id", "starts_at")`,
    `CREATE INDEX "IDX_b73e9d08d592b55e92b933ae1b" ON "blackout" ("institution_id", "starts_at")`,
    `CREATE TABLE "auth_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "token_hash" varchar(64) NOT NULL, "user_id" integer NOT NULL, "csrf_token" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    `CREATE UNIQUE INDEX "IDX_dcf5c3ee6b3682ac4e724dc949" ON "auth_session" ("token_hash")`,
    `CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session" ("user_id")`,
    `CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "actor_user_id" integer, "action" varchar(60) NOT NULL, "entity_type" varchar(40) NOT NULL, "entity_id" integer NOT NULL, "institution_id" integer, "company_id" integer, "reason" varchar(1000), "details" text)`,
    `CREATE INDEX "IDX_c0ea392536b5c4cba7012b6f7b" ON "audit_event" ("entity_type", "entity_id")`,
    `CREATE INDEX "IDX_cd5da40edeb6bf75aa9db4670b" ON "audit_event" ("institution_id", "created_at")`,
];

const ACTIVE = `('pending', 'confirmed')`;

/**
 * The database's own guard against double booking: whatever the application does, an active reservation
 * never overlaps another active one on the same instrument or with the same assigned staff member.
 */
const SQLITE_OVERLAP_TRIGGERS = (["INSERT", "UPDATE"] as const).flatMap((event) => {
  const self = event === "UPDATE" ? "AND r.id <> NEW.id" : "";
  const on = event === "UPDATE" ? "UPDATE OF status, starts_at, ends_at, instrument_id, assigned_staff_id" : "INSERT";
  const overlapping = `r.status IN ${ACTIVE} AND r.starts_at < NEW.ends_at AND NEW.starts_at < r.ends_at ${self}`;
  return [
    `CREATE TRIGGER "reservation_instrument_overlap_${event.toLowerCase()}" BEFORE ${on} ON "reservation"
     WHEN NEW.status IN ${ACTIVE} AND EXISTS (SELECT 1 FROM "reservation" r WHERE r.instrument_id = NEW.instrument_id AND ${overlapping})
     BEGIN SELECT RAISE(ABORT, 'overlap:instrument'); END`,
    `CREATE TRIGGER "reservation_staff_overlap_${event.toLowerCase()}" BEFORE ${on} ON "reservation"
     WHEN NEW.status IN ${ACTIVE} AND NEW.assigned_staff_id IS NOT NULL AND EXISTS (SELECT 1 FROM "reservation" r WHERE r.assigned_staff_id = NEW.assigned_staff_id AND ${overlapping})
     BEGIN SELECT RAISE(ABORT, 'overlap:staff'); END`,
  ];
});
