import { Company } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  await t.db.write((em) => em.getRepository(Company).update(w.c1.id, { contactName: "Ken Sato", contactEmail: "office@aoba.example", contactPhone: "022-000-5100" }));
});
afterAll(() => t.close());

const expected = () => ({
  booker: { id: w.m1.id, name: w.m1.displayName, email: w.m1.email },
  company: { id: w.c1.id, name: "Aoba Precision", contactName: "Ken Sato", contactEmail: "office@aoba.example", contactPhone: "022-000-5100" },
});

describe("staff see who booked and how to reach them", () => {
  test("in a booking's details, the approvals list and a staff member's schedule", async () => {
    const pending = await t.make.reservation(w.tem, w.m1, at("2027-06-10T10:00"), at("2027-06-10T11:00"), { status: "pending", assignedStaffId: w.staffA1.member.id, assistanceType: "operation" });

    const one = await t.http.get(`/api/reservations/${pending.id}`).set(w.auth("staffA1"));
    expect(one.status).toBe(200);
    expect(one.body.reservation).toMatchObject(expected());

    const list = await t.http.get("/api/reservations").query({ status: "pending" }).set(w.auth("adminA"));
    expect(list.body.items.find((r: { id: number }) => r.id === pending.id)).toMatchObject(expected());

    const schedule = await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`)
      .query({ from: at("2027-06-07T00:00"), to: at("2027-06-14T00:00") }).set(w.auth("staffA1"));
    expect(schedule.status).toBe(200);
    expect(schedule.body.items.find((r: { id: number }) => r.id === pending.id)).toMatchObject(expected());
  });

  test("staff of another institution and another company cannot read them", async () => {
    const r = await t.make.reservation(w.sem, w.m1, at("2027-06-11T10:00"), at("2027-06-11T11:00"));
    for (const who of ["staffB", "m2"] as const) expect((await t.http.get(`/api/reservations/${r.id}`).set(w.auth(who))).status).toBe(404);
  });
});
