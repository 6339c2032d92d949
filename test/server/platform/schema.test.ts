import { Reservation } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test("the migrations produce exactly the schema the entities describe", async () => {
  const pending = await t.db.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

test("migrations are reversible", async () => {
  const migrations = t.db.dataSource.migrations;
  for (let i = 0; i < migrations.length; i++) await t.db.dataSource.undoLastMigration({ transaction: "each" });
  const tables = t.db.dialect === "postgres"
    ? `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'`
    : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')`;
  expect(await t.db.dataSource.query(tables)).toEqual([]);
  await t.db.dataSource.runMigrations({ transaction: "each" });
});

// SQLite loses a table's triggers when a migration rebuilds the table (TypeORM's addColumn, changeColumn…).
test("every overlap guard and revision trigger survives the later migrations", async () => {
  const query = async (sql: string) => ((await t.db.dataSource.query(sql)) as { name: string }[]).map((r) => r.name);
  if (t.db.dialect === "postgres") {
    expect(await query(`SELECT DISTINCT trigger_name AS name FROM information_schema.triggers WHERE event_object_schema = current_schema() ORDER BY 1`)).toEqual([
      "capability_revision_capability", "capability_revision_capability_instrument",
      "catalogue_revision_institution", "catalogue_revision_instrument", "catalogue_revision_search_thesaurus_entry", "catalogue_revision_staff_instrument", "catalogue_revision_staff_member",
      "directory_revision_app_user", "directory_revision_company",
      "report_bucket_audit_event_delete", "report_bucket_audit_event_insert", "report_bucket_audit_event_update",
      "report_bucket_reservation", "report_bucket_reservation_update",
      "reservation_time_off_guard", "staff_time_off_guard",
    ]);
    expect(await query(`SELECT conname AS name FROM pg_constraint WHERE contype = 'x' ORDER BY 1`)).toEqual([
      "reservation_instrument_no_overlap", "reservation_staff_no_overlap",
    ]);
    return;
  }
  expect(await query(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)).toEqual([
    "capability_revision_capability_delete", "capability_revision_capability_insert",
    ...["delete", "insert", "update"].map((event) => `capability_revision_capability_instrument_${event}`),
    "capability_revision_capability_update",
    ...["institution", "instrument", "search_thesaurus_entry", "staff_instrument", "staff_member"].flatMap((table) =>
      ["delete", "insert", "update"].map((event) => `catalogue_revision_${table}_${event}`),
    ),
    "directory_revision_app_user_delete", "directory_revision_app_user_update", "directory_revision_company_delete", "directory_revision_company_update",
    ...["audit_event", "reservation"].flatMap((table) => ["delete", "insert", "update"].map((event) => `report_bucket_${table}_${event}`)),
    "reservation_instrument_overlap_insert", "reservation_instrument_overlap_update",
    "reservation_staff_overlap_insert", "reservation_staff_overlap_update",
    "reservation_time_off_guard_insert", "reservation_time_off_guard_update",
    "staff_time_off_guard_insert", "staff_time_off_guard_update",
  ]);
});

describe("the database itself refuses overlaps, whatever the application does", () => {
  test("instrument and staff overlap guards (SQLite triggers, PostgreSQL exclusion constraints)", async () => {
    const institution = await t.make.institution();
    const instrument = await t.make.instrument(institution);
    const other = await t.make.instrument(institution);
    const { member } = await t.make.staff(institution, [instrument, other]);
    const user = await t.make.companyMember();
    const row = (fields: Partial<Reservation>) =>
      t.db.manager.getRepository(Reservation).create({
        instrumentId: instrument.id, institutionId: institution.id, companyId: user.companyId!, userId: user.id,
        startsAt: new Date(at("2027-06-09T10:00")), endsAt: new Date(at("2027-06-09T12:00")), status: "confirmed", purpose: "direct",
        assignedStaffId: member.id, ...fields,
      });
    const repository = t.db.manager.getRepository(Reservation);
    await repository.insert(row({}));
    await expect(repository.insert(row({ startsAt: new Date(at("2027-06-09T11:00")), endsAt: new Date(at("2027-06-09T13:00")), assignedStaffId: null }))).rejects.toThrow(/overlap:instrument|reservation_instrument_no_overlap/);
    await expect(repository.insert(row({ instrumentId: other.id }))).rejects.toThrow(/overlap:staff|reservation_staff_no_overlap/);
    await expect(repository.insert(row({ status: "cancelled" }))).resolves.toBeDefined();
    const cancelled = await repository.findOneByOrFail({ status: "cancelled" });
    await expect(repository.update(cancelled.id, { status: "confirmed" })).rejects.toThrow(/overlap/);
    await expect(repository.insert(row({ startsAt: new Date(at("2027-06-09T12:00")), endsAt: new Date(at("2027-06-09T13:00")) }))).resolves.toBeDefined();
  });
});
