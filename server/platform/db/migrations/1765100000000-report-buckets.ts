import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Exact precomputed usage-report rows (issue #19): `report_bucket` (one institution's local month, its UTC bounds
 * fixed when the row is made, and a version) and `report_bucket_row` (the grouped reservations starting in it).
 * Triggers bump a bucket's version whenever a row that starts in it changes, whatever writes it (the application,
 * an import, raw SQL): on `reservation` (insert, delete, and an update of any column the report reads, old and new
 * start), and on the audit events that mark a reservation declined by staff (the report reads them). A bucket is
 * found by `institution_id` and its bounds only, so the triggers need no time-zone logic. The report recomputes a
 * bucket only when `fresh_version` is not its `version` (server/reports/report-buckets.ts). An index on
 * reservation (company_id, institution_id, actual_start_at) answers "had this company come before" per company.
 * Keep REPORTED_COLUMNS in step with what server/reports/reservation-groups.ts reads.
 */
export const REPORTED_COLUMNS = [
  "institution_id", "instrument_id", "company_id", "starts_at", "ends_at", "status", "assistance_type", "assistance_status",
  "actual_start_at", "actual_end_at", "staff_minutes", "cancelled_by_id",
];
const DECLINED = `'reservation.assistance_declined'`;

export class ReportBuckets1765100000000 implements MigrationInterface {
  name = "ReportBuckets1765100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    for (const statement of postgres ? POSTGRES : SQLITE) await queryRunner.query(statement);
    for (const statement of INDEXES) await queryRunner.query(statement);
    for (const statement of postgres ? postgresTriggers() : sqliteTriggers()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    if (postgres) {
      for (const [name, table] of [["report_bucket_reservation", "reservation"], ["report_bucket_reservation_update", "reservation"],
        ["report_bucket_reservation_truncate", "reservation"], ["report_bucket_audit_event_insert", "audit_event"], ["report_bucket_audit_event_delete", "audit_event"],
        ["report_bucket_audit_event_update", "audit_event"], ["report_bucket_audit_event_truncate", "audit_event"]]) {
        await queryRunner.query(`DROP TRIGGER "${name}" ON "${table}"`);
      }
      for (const fn of ["report_bucket_reservation()", "report_bucket_audit_event()", "report_bucket_all()", "report_bucket_bump(integer, timestamptz)"]) {
        await queryRunner.query(`DROP FUNCTION ${fn}`);
      }
    } else {
      for (const table of ["reservation", "audit_event"]) {
        for (const event of ["insert", "update", "delete"]) await queryRunner.query(`DROP TRIGGER "report_bucket_${table}_${event}"`);
      }
    }
    await queryRunner.query(`DROP INDEX "IDX_b1a6ab224202bc24c5b29b5d73"`);
    await queryRunner.query(`DROP TABLE "report_bucket_row"`);
    await queryRunner.query(`DROP TABLE "report_bucket"`);
  }
}

const SQLITE = [
  `CREATE TABLE "report_bucket" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "institution_id" integer NOT NULL, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "version" integer NOT NULL DEFAULT (0), "fresh_version" integer)`,
  `CREATE TABLE "report_bucket_row" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "bucket_id" integer NOT NULL, "lone" integer NOT NULL, "instrument_id" integer NOT NULL, "company_id" integer NOT NULL, "status" varchar(20) NOT NULL, "assistance_type" varchar(20) NOT NULL, "assistance_status" varchar(20) NOT NULL, "cancelled_by_id" integer, "count" integer NOT NULL, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "actual_start_at" datetime, "actual_end_at" datetime, "staff_minutes_one" integer, "planned_minutes" integer NOT NULL, "recorded" integer NOT NULL, "actual_minutes" integer NOT NULL, "staff_minutes" integer NOT NULL)`,
];

const POSTGRES = [
  `CREATE TABLE "report_bucket" ("id" SERIAL NOT NULL, "institution_id" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '0', "fresh_version" integer, CONSTRAINT "PK_report_bucket" PRIMARY KEY ("id"))`,
  `CREATE TABLE "report_bucket_row" ("id" SERIAL NOT NULL, "bucket_id" integer NOT NULL, "lone" integer NOT NULL, "instrument_id" integer NOT NULL, "company_id" integer NOT NULL, "status" character varying(20) NOT NULL, "assistance_type" character varying(20) NOT NULL, "assistance_status" character varying(20) NOT NULL, "cancelled_by_id" integer, "count" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actual_start_at" TIMESTAMP WITH TIME ZONE, "actual_end_at" TIMESTAMP WITH TIME ZONE, "staff_minutes_one" integer, "planned_minutes" integer NOT NULL, "recorded" integer NOT NULL, "actual_minutes" integer NOT NULL, "staff_minutes" integer NOT NULL, CONSTRAINT "PK_report_bucket_row" PRIMARY KEY ("id"))`,
];

/** Named as TypeORM names them, so the schema builder finds nothing to change. */
const INDEXES = [
  `CREATE INDEX "IDX_b1a6ab224202bc24c5b29b5d73" ON "reservation" ("company_id", "institution_id", "actual_start_at")`,
  `CREATE UNIQUE INDEX "IDX_c7ea9fdca39750d80ff83e2448" ON "report_bucket" ("institution_id", "starts_at", "ends_at")`,
  `CREATE INDEX "IDX_fa875aed96ff2f2332a2b9e112" ON "report_bucket_row" ("bucket_id")`,
];

/** The bucket a start falls in, by the bounds stored on it. */
const bump = (institution: string, starts: string) =>
  `UPDATE report_bucket SET version = version + 1 WHERE institution_id = ${institution} AND starts_at <= ${starts} AND ends_at > ${starts};`;
const bumpOfReservation = (id: string) =>
  `UPDATE report_bucket SET version = version + 1 WHERE id IN (SELECT b.id FROM reservation r INNER JOIN report_bucket b ON b.institution_id = r.institution_id AND b.starts_at <= r.starts_at AND b.ends_at > r.starts_at WHERE r.id = ${id});`;
const changed = (columns: string[]) => columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ");

function sqliteTriggers(): string[] {
  const isDeclined = (row: string) => `${row}.entity_type = 'reservation' AND ${row}.action = ${DECLINED}`;
  return [
    `CREATE TRIGGER "report_bucket_reservation_insert" AFTER INSERT ON "reservation" BEGIN ${bump("NEW.institution_id", "NEW.starts_at")} END`,
    `CREATE TRIGGER "report_bucket_reservation_delete" AFTER DELETE ON "reservation" BEGIN ${bump("OLD.institution_id", "OLD.starts_at")} END`,
    `CREATE TRIGGER "report_bucket_reservation_update" AFTER UPDATE OF ${REPORTED_COLUMNS.join(", ")} ON "reservation" WHEN ${changed(REPORTED_COLUMNS)}
      BEGIN ${bump("OLD.institution_id", "OLD.starts_at")} ${bump("NEW.institution_id", "NEW.starts_at")} END`,
    `CREATE TRIGGER "report_bucket_audit_event_insert" AFTER INSERT ON "audit_event" WHEN ${isDeclined("NEW")} BEGIN ${bumpOfReservation("NEW.entity_id")} END`,
    `CREATE TRIGGER "report_bucket_audit_event_delete" AFTER DELETE ON "audit_event" WHEN ${isDeclined("OLD")} BEGIN ${bumpOfReservation("OLD.entity_id")} END`,
    `CREATE TRIGGER "report_bucket_audit_event_update" AFTER UPDATE OF entity_type, entity_id, action ON "audit_event" WHEN (${isDeclined("OLD")}) OR (${isDeclined("NEW")})
      BEGIN ${bumpOfReservation("OLD.entity_id")} ${bumpOfReservation("NEW.entity_id")} END`,
  ];
}

function postgresTriggers(): string[] {
  const distinct = `(${REPORTED_COLUMNS.map((c) => `OLD.${c}`).join(", ")}) IS DISTINCT FROM (${REPORTED_COLUMNS.map((c) => `NEW.${c}`).join(", ")})`;
  const isDeclined = (row: string) => `${row}.entity_type = 'reservation' AND ${row}.action = ${DECLINED}`;
  return [
    `CREATE FUNCTION report_bucket_bump(institution integer, starts timestamptz) RETURNS void LANGUAGE sql AS $$ ${bump("institution", "starts")} $$`,
    `CREATE FUNCTION report_bucket_reservation() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP <> 'INSERT' THEN PERFORM report_bucket_bump(OLD.institution_id, OLD.starts_at); END IF;
       IF TG_OP <> 'DELETE' THEN PERFORM report_bucket_bump(NEW.institution_id, NEW.starts_at); END IF;
       RETURN NULL;
     END $$`,
    `CREATE FUNCTION report_bucket_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP <> 'INSERT' THEN ${bumpOfReservation("OLD.entity_id")} END IF;
       IF TG_OP <> 'DELETE' THEN ${bumpOfReservation("NEW.entity_id")} END IF;
       RETURN NULL;
     END $$`,
    `CREATE FUNCTION report_bucket_all() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE report_bucket SET version = version + 1; RETURN NULL; END $$`,
    `CREATE TRIGGER "report_bucket_reservation" AFTER INSERT OR DELETE ON "reservation" FOR EACH ROW EXECUTE FUNCTION report_bucket_reservation()`,
    `CREATE TRIGGER "report_bucket_reservation_update" AFTER UPDATE OF ${REPORTED_COLUMNS.join(", ")} ON "reservation" FOR EACH ROW WHEN (${distinct}) EXECUTE FUNCTION report_bucket_reservation()`,
    `CREATE TRIGGER "report_bucket_reservation_truncate" AFTER TRUNCATE ON "reservation" FOR EACH STATEMENT EXECUTE FUNCTION report_bucket_all()`,
    `CREATE TRIGGER "report_bucket_audit_event_insert" AFTER INSERT ON "audit_event" FOR EACH ROW WHEN (${isDeclined("NEW")}) EXECUTE FUNCTION report_bucket_audit_event()`,
    `CREATE TRIGGER "report_bucket_audit_event_delete" AFTER DELETE ON "audit_event" FOR EACH ROW WHEN (${isDeclined("OLD")}) EXECUTE FUNCTION report_bucket_audit_event()`,
    `CREATE TRIGGER "report_bucket_audit_event_update" AFTER UPDATE OF entity_type, entity_id, action ON "audit_event" FOR EACH ROW
       WHEN ((${isDeclined("OLD")}) OR (${isDeclined("NEW")})) EXECUTE FUNCTION report_bucket_audit_event()`,
    `CREATE TRIGGER "report_bucket_audit_event_truncate" AFTER TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION report_bucket_all()`,
  ];
}
