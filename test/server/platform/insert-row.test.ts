import type { EntitySubscriberInterface, InsertEvent } from "typeorm";
import { AuditEvent, Reservation } from "../../../server/platform/db/entities";
import { insertOnly, insertRow } from "../../../server/platform/db/insert-row";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
const seen: unknown[] = [];
class RecordInserts implements EntitySubscriberInterface<Reservation> {
  listenTo() {
    return Reservation;
  }
  beforeInsert(event: InsertEvent<Reservation>) {
    seen.push(event.entity);
  }
}
beforeAll(async () => {
  t = await createTestApp();
  t.db.dataSource.subscribers.push(new RecordInserts());
});
afterAll(() => t.close());

test("insertRow stores every set column, returns the generated keys and tells subscribers first", async () => {
  const institution = await t.make.institution();
  const instrument = await t.make.instrument(institution);
  const member = await t.make.companyMember();
  const values = t.db.manager.getRepository(Reservation).create({
    instrumentId: instrument.id, institutionId: institution.id, companyId: member.companyId!, userId: member.id,
    startsAt: new Date(at("2027-06-09T10:00")), endsAt: new Date(at("2027-06-09T11:00")), status: "confirmed", purpose: "XRD of a coating",
    sampleDescription: "", hazardDeclaration: "none", assistanceType: "none", assistanceNote: "", assistanceStatus: "not_requested",
    assignedStaffId: null, priceEstimateYen: 4200, revision: 1,
  });
  const keys = (await t.db.write((em) => insertRow(em, Reservation, values)))!;
  const stored = await t.db.manager.getRepository(Reservation).findOneByOrFail({ id: keys.id });
  const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  expect(Object.keys(set)).toContain("priceEstimateYen");
  expect(stored).toMatchObject({ ...set, id: keys.id });
  expect(stored.createdAt).toEqual(keys.createdAt);
  expect(stored.updatedAt).toEqual(keys.updatedAt);
  expect(seen).toContain(values);
});

test("insertOnly writes JSON columns through the driver's conversion", async () => {
  const details = { status: "confirmed", nested: { list: [1, "二"] } };
  await t.db.write((em) => insertOnly(em, AuditEvent, { actorUserId: null, action: "test.inserted", entityType: "test", entityId: 7, institutionId: null, companyId: null, reason: null, details }));
  const stored = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "test.inserted" });
  expect(stored).toMatchObject({ entityType: "test", entityId: 7, details });
  expect(stored.createdAt).toBeInstanceOf(Date);
});

describe("insertRow with a companion row (a booking and its audit event)", () => {
  async function reservationValues() {
    const institution = await t.make.institution();
    const instrument = await t.make.instrument(institution);
    const member = await t.make.companyMember();
    return t.db.manager.getRepository(Reservation).create({
      instrumentId: instrument.id, institutionId: institution.id, companyId: member.companyId!, userId: member.id,
      startsAt: new Date(at("2027-06-10T10:00")), endsAt: new Date(at("2027-06-10T11:00")), status: "confirmed", purpose: "companion",
      sampleDescription: "", hazardDeclaration: "", assistanceType: "none", assistanceNote: "", assistanceStatus: "not_requested",
      assignedStaffId: null, priceEstimateYen: 0, revision: 1,
    });
  }

  test("writes the companion with the new row's id, through writeOneStatement as through write", async () => {
    for (const run of [t.db.write.bind(t.db), t.db.writeOneStatement.bind(t.db)]) {
      const values = await reservationValues();
      const details = { status: "confirmed", via: run.name };
      const keys = await run((em) =>
        insertRow(em, Reservation, values, {
          companion: { target: AuditEvent, idProperty: "entityId", values: { actorUserId: values.userId, action: "test.companion", entityType: "reservation", details } },
          advisoryLock: [1, values.instrumentId],
        }),
      ).then((inserted) => inserted!);
      const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "test.companion", entityId: keys.id });
      expect(audit).toMatchObject({ entityType: "reservation", actorUserId: values.userId, details });
      expect((await t.db.manager.getRepository(Reservation).findOneByOrFail({ id: keys.id })).createdAt).toEqual(keys.createdAt);
    }
  });

  test("a companion that cannot be written leaves no row behind, outside a transaction too", async () => {
    const values = await reservationValues();
    const before = await t.db.manager.getRepository(Reservation).countBy({ instrumentId: values.instrumentId });
    await expect(
      t.db.writeOneStatement((em) =>
        insertRow(em, Reservation, values, {
          // `action` is NOT NULL: the audit row is refused, so the reservation must not stay either.
          companion: { target: AuditEvent, idProperty: "entityId", values: { actorUserId: values.userId, action: null as never, entityType: "reservation" } },
        }),
      ),
    ).rejects.toThrow();
    expect(await t.db.manager.getRepository(Reservation).countBy({ instrumentId: values.instrumentId })).toBe(before);
  });
});

describe("insertRow onlyIf: a condition checked by the writing statement", () => {
  const purposeIs = (purpose: string) => ({
    key: "test-purpose-is",
    sql: (placeholder: () => string) => `EXISTS (SELECT 1 FROM "reservation" WHERE "purpose" = ${placeholder()})`,
    values: [purpose],
  });

  test.each([
    ["with a companion, its lock, through writeOneStatement", true],
    ["alone, through write", false],
  ])("writes (and answers the keys) only while the condition holds: %s", async (_label, withCompanion) => {
    const institution = await t.make.institution();
    const instrument = await t.make.instrument(institution);
    const member = await t.make.companyMember();
    const marker = `onlyIf ${withCompanion}`;
    const values = (purpose: string, hour: string) =>
      t.db.manager.getRepository(Reservation).create({
        instrumentId: instrument.id, institutionId: institution.id, companyId: member.companyId!, userId: member.id,
        startsAt: new Date(at(`2027-06-11T${hour}`)), endsAt: new Date(at(`2027-06-11T${hour.replace(":00", ":30")}`)), status: "confirmed", purpose,
        sampleDescription: "", hazardDeclaration: "", assistanceType: "none", assistanceNote: "", assistanceStatus: "not_requested",
        assignedStaffId: null, priceEstimateYen: 0, revision: 1,
      });
    const write = (purpose: string, hour: string) => {
      const row = values(purpose, hour);
      const options = withCompanion
        ? { companion: { target: AuditEvent, idProperty: "entityId" as const, values: { actorUserId: member.id, action: `test.only-if ${withCompanion}`, entityType: "reservation" } }, advisoryLock: [1, instrument.id] as [number, number] }
        : {};
      const run = withCompanion ? t.db.writeOneStatement.bind(t.db) : t.db.write.bind(t.db);
      return run((em) => insertRow(em, Reservation, row, { ...options, onlyIf: purposeIs(marker) }));
    };
    expect(await write("refused", "10:00")).toBeNull();
    await t.db.write((em) => insertRow(em, Reservation, values(marker, "11:00")));
    const keys = await write("written", "12:00");
    expect(keys).toMatchObject({ id: expect.any(Number), createdAt: expect.any(Date) });
    const stored = await t.db.manager.getRepository(Reservation).find({ where: { instrumentId: instrument.id }, order: { id: "ASC" } });
    expect(stored.map((r) => r.purpose)).toEqual([marker, "written"]);
    const audits = await t.db.manager.getRepository(AuditEvent).findBy({ action: `test.only-if ${withCompanion}` });
    expect(audits.map((a) => a.entityId)).toEqual(withCompanion ? [keys!.id] : []);
  });
});
