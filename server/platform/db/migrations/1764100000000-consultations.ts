import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The consultation desk: a company's request for advice (`consultation`), the institutions it is routed to and the
 * staff assigned there (`consultation_route`), its thread (`consultation_message`, `consultation_attachment`), the
 * advice time staff log (`consultation_advice_time`) and the calls or visits they propose (`consultation_meeting`).
 */
export class Consultations1764100000000 implements MigrationInterface {
  name = "Consultations1764100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const statement of postgres ? POSTGRES_TABLES : SQLITE_TABLES) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["consultation_meeting", "consultation_advice_time", "consultation_attachment", "consultation_message", "consultation_route", "consultation"]) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}

const SQLITE_TABLES = [
  `CREATE TABLE "consultation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "company_id" integer NOT NULL, "created_by_id" integer NOT NULL, "summary" varchar(200) NOT NULL, "details" text NOT NULL, "material" varchar(500), "want_to_know" text, "sample_count" integer, "sample_form" varchar(500), "desired_by" varchar(10), "share_with_other_institutions" boolean NOT NULL DEFAULT (0), "preferred_language" varchar(5) NOT NULL DEFAULT ('ja'), "contact_name" varchar(200), "contact_email" varchar(254), "contact_phone" varchar(30), "instrument_id" integer, "capability_id" integer, "status" varchar(20) NOT NULL, "closed_reason" varchar(30), "outcome_summary" text, "outcome_shared" boolean NOT NULL DEFAULT (0), "closed_at" datetime)`,
  `CREATE TABLE "consultation_route" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "consultation_id" integer NOT NULL, "institution_id" integer NOT NULL, "routed_at" datetime NOT NULL, "routed_by_id" integer NOT NULL, "assigned_staff_member_id" integer, "assigned_at" datetime, "removed_at" datetime)`,
  `CREATE TABLE "consultation_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "consultation_id" integer NOT NULL, "author_user_id" integer NOT NULL, "body" text NOT NULL)`,
  `CREATE TABLE "consultation_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "consultation_id" integer NOT NULL, "message_id" integer, "uploaded_by_user_id" integer NOT NULL, "stored_name" varchar(64) NOT NULL, "file_name" varchar(200) NOT NULL, "content_type" varchar(100) NOT NULL, "size_bytes" integer NOT NULL)`,
  `CREATE TABLE "consultation_advice_time" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "consultation_id" integer NOT NULL, "staff_member_id" integer NOT NULL, "institution_id" integer NOT NULL, "minutes" integer NOT NULL, "date" varchar(10) NOT NULL, "note" varchar(1000))`,
  `CREATE TABLE "consultation_meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "consultation_id" integer NOT NULL, "staff_member_id" integer NOT NULL, "institution_id" integer NOT NULL, "kind" varchar(10) NOT NULL, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "note" varchar(1000), "status" varchar(10) NOT NULL DEFAULT ('proposed'))`,
];

const POSTGRES_TABLES = [
  `CREATE TABLE "consultation" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "company_id" integer NOT NULL, "created_by_id" integer NOT NULL, "summary" character varying(200) NOT NULL, "details" text NOT NULL, "material" character varying(500), "want_to_know" text, "sample_count" integer, "sample_form" character varying(500), "desired_by" character varying(10), "share_with_other_institutions" boolean NOT NULL DEFAULT false, "preferred_language" character varying(5) NOT NULL DEFAULT 'ja', "contact_name" character varying(200), "contact_email" character varying(254), "contact_phone" character varying(30), "instrument_id" integer, "capability_id" integer, "status" character varying(20) NOT NULL, "closed_reason" character varying(30), "outcome_summary" text, "outcome_shared" boolean NOT NULL DEFAULT false, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5203569fac28a4a626c42abe70b" PRIMARY KEY ("id"))`,
  `CREATE TABLE "consultation_route" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consultation_id" integer NOT NULL, "institution_id" integer NOT NULL, "routed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "routed_by_id" integer NOT NULL, "assigned_staff_member_id" integer, "assigned_at" TIMESTAMP WITH TIME ZONE, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2b5828e286fd7c9dcb14665280e" PRIMARY KEY ("id"))`,
  `CREATE TABLE "consultation_message" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consultation_id" integer NOT NULL, "author_user_id" integer NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_010b1955bafa897c8e04bb227e9" PRIMARY KEY ("id"))`,
  `CREATE TABLE "consultation_attachment" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consultation_id" integer NOT NULL, "message_id" integer, "uploaded_by_user_id" integer NOT NULL, "stored_name" character varying(64) NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, CONSTRAINT "PK_e35f95d297267db4d165ec571b2" PRIMARY KEY ("id"))`,
  `CREATE TABLE "consultation_advice_time" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consultation_id" integer NOT NULL, "staff_member_id" integer NOT NULL, "institution_id" integer NOT NULL, "minutes" integer NOT NULL, "date" character varying(10) NOT NULL, "note" character varying(1000), CONSTRAINT "PK_e968ed94c0c170ffe91a8308150" PRIMARY KEY ("id"))`,
  `CREATE TABLE "consultation_meeting" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consultation_id" integer NOT NULL, "staff_member_id" integer NOT NULL, "institution_id" integer NOT NULL, "kind" character varying(10) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" character varying(1000), "status" character varying(10) NOT NULL DEFAULT 'proposed', CONSTRAINT "PK_a5e2d306a1fd908c5a684a505dc" PRIMARY KEY ("id"))`,
];

const INDEXES = [
  `CREATE INDEX "IDX_54f5c3b0400e526bd607789986" ON "consultation" ("status", "id")`,
  `CREATE INDEX "IDX_c98735207b29f96a88d052bc40" ON "consultation" ("company_id", "id")`,
  `CREATE INDEX "IDX_eac3d906eab6885555efc90778" ON "consultation_route" ("institution_id")`,
  `CREATE INDEX "IDX_ea989901f020d96daec949f9a1" ON "consultation_route" ("assigned_staff_member_id")`,
  `CREATE UNIQUE INDEX "IDX_101f8708b57883386a74836d32" ON "consultation_route" ("consultation_id", "institution_id")`,
  `CREATE INDEX "IDX_e0f7280f063e1be8d24e7f8384" ON "consultation_message" ("consultation_id", "id")`,
  `CREATE INDEX "IDX_c95db87f036b88eac40653c171" ON "consultation_attachment" ("consultation_id", "id")`,
  `CREATE INDEX "IDX_d7035e0f2af98e124167214820" ON "consultation_advice_time" ("institution_id", "date")`,
  `CREATE INDEX "IDX_528d22c63c2eb25a49ccedb213" ON "consultation_advice_time" ("consultation_id", "id")`,
  `CREATE INDEX "IDX_edbd31692ccddd5e1fee3d5f9d" ON "consultation_meeting" ("staff_member_id", "starts_at")`,
  `CREATE INDEX "IDX_152b651b6721d71559064012e7" ON "consultation_meeting" ("consultation_id", "id")`,
];
