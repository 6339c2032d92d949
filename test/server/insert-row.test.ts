import type { EntitySubscriberInterface, InsertEvent } from "typeorm";
import { AuditEvent, Reservation } from "../../server/db/entities";
import { insertOnly, insertRow } from "../../server/db/insert-row";
import { at, createTestApp, type TestApp } from "../helpers/test-app";

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
  const keys = await t.db.write((em) => insertRow(em, Reservation, values));
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
