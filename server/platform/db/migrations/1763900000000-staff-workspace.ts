import type { MigrationInterface, QueryRunner } from "typeorm";

const ACTIVE = `('pending', 'confirmed')`;

/**
 * Staff and facility workspace: how a session went (actual times, staff minutes), who revoked a qualification
 * and why, instrument photo galleries, and a database guard that keeps time off and assignments apart.
 *
 * Columns are added with plain ALTER TABLE (valid on both SQLite and PostgreSQL): TypeORM's addColumn would
 * rebuild the SQLite table and silently drop the overlap triggers on it.
 */
export class StaffWorkspace1763900000000 implements MigrationInterface {
  name = "StaffWorkspace1763900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const instant = postgres ? "timestamptz" : "datetime";
    for (const [table, column, type] of newColumns(instant)) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "${column}" ${type}`);
    }
    for (const statement of postgres ? POSTGRES_GUARDS : SQLITE_GUARDS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const drops = postgres
      ? [
          `DROP TRIGGER IF EXISTS "staff_time_off_guard" ON "staff_time_off"`,
          `DROP TRIGGER IF EXISTS "reservation_time_off_guard" ON "reservation"`,
          `DROP FUNCTION IF EXISTS staff_time_off_guard()`,
          `DROP FUNCTION IF EXISTS reservation_time_off_guard()`,
        ]
      : SQLITE_TRIGGER_NAMES.map((name) => `DROP TRIGGER IF EXISTS "${name}"`);
    for (const statement of drops) await queryRunner.query(statement);
    for (const [table, column] of [...newColumns("")].reverse()) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
  }
}

function newColumns(instant: string): Array<[table: string, column: string, type: string]> {
  return [
    ["reservation", "actual_start_at", instant],
    ["reservation", "actual_end_at", instant],
    ["reservation", "staff_minutes", "integer"],
    ["reservation", "session_note", "varchar(1000)"],
    ["reservation", "recorded_by_id", "integer"],
    ["reservation", "recorded_at", instant],
    ["qualification", "revoked_by_id", "integer"],
    ["qualification", "revoke_reason", "varchar(1000)"],
    ["instrument", "photo_urls", "text"],
  ];
}

const overlapsAssignment = (staffColumn: string) =>
  `EXISTS (SELECT 1 FROM "reservation" r WHERE r.assigned_staff_id = ${staffColumn} AND r.status IN ${ACTIVE} AND r.starts_at < NEW.ends_at AND NEW.starts_at < r.ends_at)`;
const overlapsTimeOff = `EXISTS (SELECT 1 FROM "staff_time_off" t WHERE t.staff_member_id = NEW.assigned_staff_id AND t.starts_at < NEW.ends_at AND NEW.starts_at < t.ends_at)`;

const SQLITE_TRIGGER_NAMES = [
  "staff_time_off_guard_insert",
  "staff_time_off_guard_update",
  "reservation_time_off_guard_insert",
  "reservation_time_off_guard_update",
];

/** A staff member on time off is never assigned, and time off never lands on an active assignment. */
const SQLITE_GUARDS = [
  `CREATE TRIGGER "staff_time_off_guard_insert" BEFORE INSERT ON "staff_time_off"
   WHEN ${overlapsAssignment("NEW.staff_member_id")} BEGIN SELECT RAISE(ABORT, 'overlap:time_off'); END`,
  `CREATE TRIGGER "staff_time_off_guard_update" BEFORE UPDATE OF starts_at, ends_at, staff_member_id ON "staff_time_off"
   WHEN ${overlapsAssignment("NEW.staff_member_id")} BEGIN SELECT RAISE(ABORT, 'overlap:time_off'); END`,
  `CREATE TRIGGER "reservation_time_off_guard_insert" BEFORE INSERT ON "reservation"
   WHEN NEW.status IN ${ACTIVE} AND NEW.assigned_staff_id IS NOT NULL AND ${overlapsTimeOff}
   BEGIN SELECT RAISE(ABORT, 'overlap:staff_time_off'); END`,
  `CREATE TRIGGER "reservation_time_off_guard_update" BEFORE UPDATE OF status, starts_at, ends_at, assigned_staff_id ON "reservation"
   WHEN NEW.status IN ${ACTIVE} AND NEW.assigned_staff_id IS NOT NULL AND ${overlapsTimeOff}
   BEGIN SELECT RAISE(ABORT, 'overlap:staff_time_off'); END`,
];

/**
 * The same guards on PostgreSQL. Both functions take a transaction-scoped advisory lock on the staff member,
 * so a time-off insert and an assignment for the same person cannot pass each other under READ COMMITTED.
 */
const POSTGRES_GUARDS = [
  `CREATE OR REPLACE FUNCTION staff_time_off_guard() RETURNS trigger AS $$
   BEGIN
     PERFORM pg_advisory_xact_lock(hashtext('staff_member'), NEW.staff_member_id);
     IF ${overlapsAssignment("NEW.staff_member_id")} THEN
       RAISE EXCEPTION 'overlap:time_off' USING ERRCODE = '23P01';
     END IF;
     RETURN NEW;
   END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER "staff_time_off_guard" BEFORE INSERT OR UPDATE OF starts_at, ends_at, staff_member_id ON "staff_time_off" FOR EACH ROW EXECUTE FUNCTION staff_time_off_guard()`,
  `CREATE OR REPLACE FUNCTION reservation_time_off_guard() RETURNS trigger AS $$
   BEGIN
     IF NEW.status IN ${ACTIVE} AND NEW.assigned_staff_id IS NOT NULL THEN
       PERFORM pg_advisory_xact_lock(hashtext('staff_member'), NEW.assigned_staff_id);
       IF ${overlapsTimeOff} THEN
         RAISE EXCEPTION 'overlap:staff_time_off' USING ERRCODE = '23P01';
       END IF;
     END IF;
     RETURN NEW;
   END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER "reservation_time_off_guard" BEFORE INSERT OR UPDATE OF status, starts_at, ends_at, assigned_staff_id ON "reservation" FOR EACH ROW EXECUTE FUNCTION reservation_time_off_guard()`,
];
