import { In, type EntitySubscriberInterface, type InsertEvent } from "typeorm";
import { Reservation, type Institution, type Instrument } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";

/**
 * No double booking under concurrency: dozens of requests for one slot race through real HTTP
 * and real database writes; exactly one wins, the rest get 409, and nothing fails with a 5xx.
 *
 * better-sqlite3 answers synchronously, so without help a whole transaction would finish before the next
 * request is even read and the race would never happen. The subscriber below gives the event loop a turn
 * before each reservation insert, as a networked database would: requests really interleave between
 * "check the calendar" and "insert".
 */
class YieldBeforeInsert implements EntitySubscriberInterface<Reservation> {
  listenTo() {
    return Reservation;
  }
  async beforeInsert(_event: InsertEvent<Reservation>) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
let t: TestApp;
let institution: Institution;
const tokens: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  t.db.dataSource.subscribers.push(new YieldBeforeInsert());
  institution = await t.make.institution();
  for (let i = 0; i < 8; i++) tokens.push(await t.login((await t.make.companyMember()).email));
});
afterAll(() => t.close());

async function race(requests: Array<{ token: string; body: Record<string, unknown> }>) {
  const responses = await Promise.all(requests.map(({ token, body }) => t.http.post("/api/reservations").set("authorization", `Bearer ${token}`).send(body)));
  return responses.map((r) => r.status);
}

test("48 parallel requests for one instrument slot → exactly one reservation", async () => {
  const instrument = await t.make.instrument(institution);
  await t.make.staff(institution, [instrument]);
  const requests = Array.from({ length: 48 }, (_, i) => ({
    token: tokens[i % tokens.length],
    body: { instrumentId: instrument.id, start: at("2027-06-09T10:00"), end: at("2027-06-09T11:00"), purpose: `race ${i}`, assistance: { type: i % 2 ? "operation" : "consultation" } },
  }));
  const statuses = await race(requests);
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(47);
  const active = await t.db.manager.getRepository(Reservation).count({ where: { instrumentId: instrument.id, status: In(["pending", "confirmed"]) } });
  expect(active).toBe(1);
});

test("overlapping (not identical) slots racing → no two overlapping reservations survive", async () => {
  const instrument = await t.make.instrument(institution);
  await t.make.staff(institution, [instrument]);
  const starts = ["10:00", "10:30", "11:00", "10:00", "10:30", "11:00", "11:30", "10:00"];
  const requests = Array.from({ length: 32 }, (_, i) => {
    const start = starts[i % starts.length];
    const [h, m] = start.split(":").map(Number);
    const end = `${String(h + 1).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
    return { token: tokens[i % tokens.length], body: { instrumentId: instrument.id, start: at(`2027-06-10T${start}`), end: at(`2027-06-10T${end}`), purpose: "race", assistance: { type: "operation" } } };
  });
  const statuses = await race(requests);
  expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
  const rows = await t.db.manager.getRepository(Reservation).find({ where: { instrumentId: instrument.id, status: In(["pending", "confirmed"]) } });
  expect(rows.length).toBe(statuses.filter((s) => s === 201).length);
  for (const a of rows) for (const b of rows) if (a.id !== b.id) expect(a.startsAt < b.endsAt && b.startsAt < a.endsAt).toBe(false);
});

test("24 instruments sharing one staff member, all asking for operation at once → the person is committed once", async () => {
  const instruments: Instrument[] = [];
  for (let i = 0; i < 24; i++) instruments.push(await t.make.instrument(institution));
  const { member } = await t.make.staff(institution, instruments);
  const statuses = await race(
    instruments.map((instrument, i) => ({
      token: tokens[i % tokens.length],
      body: { instrumentId: instrument.id, start: at("2027-06-11T13:00"), end: at("2027-06-11T15:00"), purpose: "race", assistance: { type: "operation" } },
    })),
  );
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(23);
  const assigned = await t.db.manager.getRepository(Reservation).count({ where: { assignedStaffId: member.id, status: In(["pending", "confirmed"]) } });
  expect(assigned).toBe(1);
});

test("cancel and rebook racing on one slot never leaves two active reservations", async () => {
  const instrument = await t.make.instrument(institution);
  const body = { instrumentId: instrument.id, start: at("2027-06-14T10:00"), end: at("2027-06-14T12:00"), purpose: "x", assistance: { type: "operation" } };
  await t.make.staff(institution, [instrument]);
  const first = await t.http.post("/api/reservations").set("authorization", `Bearer ${tokens[0]}`).send(body);
  expect(first.status).toBe(201);
  const [cancel, ...rebooks] = await Promise.all([
    t.http.post(`/api/reservations/${first.body.reservation.id}/cancel`).set("authorization", `Bearer ${tokens[0]}`),
    ...tokens.slice(1).map((token) => t.http.post("/api/reservations").set("authorization", `Bearer ${token}`).send(body)),
  ]);
  expect(cancel.status).toBe(200);
  expect(rebooks.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  // Whether or not a racing rebook came after the cancellation, one more attempt settles it: exactly one wins.
  const last = await t.http.post("/api/reservations").set("authorization", `Bearer ${tokens[1]}`).send(body);
  const winners = [...rebooks, last].filter((r) => r.status === 201);
  expect(winners).toHaveLength(1);
  const active = await t.db.manager.getRepository(Reservation).count({ where: { instrumentId: instrument.id, status: In(["pending", "confirmed"]) } });
  expect(active).toBe(1);
});
