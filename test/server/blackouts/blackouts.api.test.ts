import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  await t.make.qualification(w.m1, w.sem);
});
afterAll(() => t.close());

const selfUse = (day: string, from: string, to: string) =>
  t.http.post("/api/reservations").set(w.auth("m1")).send({ instrumentId: w.sem.id, start: at(`${day}T${from}`), end: at(`${day}T${to}`), purpose: "Imaging" });

describe("blackout windows", () => {
  test("a window over a booking lists it; the admin moves the window, or cancels the booking with a notice", async () => {
    const booked = await selfUse("2027-06-09", "13:00", "15:00");
    expect(booked.status).toBe(201);
    const window = { instrumentId: w.sem.id, start: at("2027-06-09T09:00"), end: at("2027-06-09T17:00"), kind: "maintenance", reason: "Annual service" };

    const preview = await t.http.get("/api/blackouts/affected").query({ instrumentId: w.sem.id, start: window.start, end: window.end }).set(w.auth("staffA1"));
    expect(preview.status).toBe(200);
    expect(preview.body.reservations.map((r: { id: number }) => r.id)).toEqual([booked.body.reservation.id]);

    const refused = await t.http.post("/api/blackouts").set(w.auth("adminA")).send(window);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toMatchObject({ reason: "reservations_affected", reservations: [{ id: booked.body.reservation.id, companyName: "Aoba Precision" }] });
    // The list speaks the language of the screen that asked, whatever the admin's saved language.
    for (const [language, name] of [["ja", w.sem.nameJa], ["en", w.sem.nameEn]] as const) {
      const asked = await t.http.post("/api/blackouts").set(w.auth("adminA")).set("accept-language", language).send(window);
      expect(asked.status).toBe(409);
      expect(asked.body.error.details.reservations[0].instrumentName).toBe(name);
    }

    const moved = await t.http.post("/api/blackouts").set(w.auth("adminA")).send({ ...window, end: at("2027-06-09T13:00") });
    expect(moved.status).toBe(201);
    expect(moved.body.cancelled).toEqual([]);
    const slots = await t.http.get(`/api/instruments/${w.sem.id}/availability`).query({ from: at("2027-06-09T00:00"), to: at("2027-06-10T00:00") });
    expect(slots.body.slots.map((s: { start: string }) => s.start)).not.toContain(at("2027-06-09T10:00"));

    const tooFar = await t.http.put(`/api/blackouts/${moved.body.blackout.id}`).set(w.auth("adminA")).send({ start: window.start, end: at("2027-06-09T14:00") });
    expect(tooFar.status).toBe(409);
    const cancelled = await t.http.put(`/api/blackouts/${moved.body.blackout.id}`).set(w.auth("adminA")).send({ start: window.start, end: at("2027-06-09T14:00"), cancelAffected: true });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.blackout.end).toBe(at("2027-06-09T14:00"));
    expect(cancelled.body.cancelled.map((r: { id: number }) => r.id)).toEqual([booked.body.reservation.id]);
    const seen = await t.http.get(`/api/reservations/${booked.body.reservation.id}`).set(w.auth("m1"));
    expect(seen.body.reservation).toMatchObject({ status: "cancelled", cancellationReason: "Annual service" });
  });

  test("an institution-wide closure window covers every instrument", async () => {
    const onTem = await t.make.reservation(w.tem, w.m2, at("2027-06-11T10:00"), at("2027-06-11T11:00"));
    const res = await t.http.post("/api/blackouts").set(w.auth("adminA")).send({ start: at("2027-06-11T00:00"), end: at("2027-06-12T00:00"), kind: "closure", reason: "Power outage" });
    expect(res.status).toBe(409);
    expect(res.body.error.details.reservations.map((r: { id: number }) => r.id)).toEqual([onTem.id]);
  });

  test("who may see and change windows", async () => {
    const created = await t.http.post("/api/blackouts").set(w.auth("adminA")).send({ instrumentId: w.tem.id, start: at("2027-07-01T09:00"), end: at("2027-07-01T12:00"), kind: "maintenance" });
    expect(created.status).toBe(201);
    const id = created.body.blackout.id;
    const body = { instrumentId: w.sem.id, start: at("2027-07-02T09:00"), end: at("2027-07-02T10:00"), kind: "maintenance" };
    for (const who of ["staffA1", "coordinator", "adminB", "m1"] as const) expect((await t.http.post("/api/blackouts").set(w.auth(who)).send(body)).status).toBe(403);
    for (const who of ["staffA1", "coordinator"] as const) expect((await t.http.put(`/api/blackouts/${id}`).set(w.auth(who)).send({ start: body.start, end: body.end })).status).toBe(403);
    for (const who of ["adminB", "staffB", "m1"] as const) expect((await t.http.delete(`/api/blackouts/${id}`).set(w.auth(who))).status).toBe(404);

    const ids = async (who: Parameters<World["auth"]>[0]) => (await t.http.get("/api/blackouts").set(w.auth(who))).body.items?.map((b: { id: number }) => b.id);
    expect(await ids("staffA1")).toContain(id);
    expect(await ids("coordinator")).toContain(id);
    expect(await ids("adminB")).not.toContain(id);
    expect((await t.http.get("/api/blackouts").set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.get("/api/blackouts/affected").query({ instrumentId: w.sem.id, start: body.start, end: body.end }).set(w.auth("staffB"))).status).toBe(403);

    expect((await t.http.get("/api/blackouts").query({ from: "tomorrow" }).set(w.auth("adminA"))).status).toBe(400);
    expect((await t.http.get("/api/blackouts/affected").query({ start: body.start }).set(w.auth("adminA"))).status).toBe(400);
    expect((await t.http.put(`/api/blackouts/${id}`).set(w.auth("adminA")).send({ start: body.end, end: body.start })).status).toBe(400);
    expect((await t.http.delete(`/api/blackouts/${id}`).set(w.auth("adminA"))).status).toBe(204);
    expect((await t.http.delete(`/api/blackouts/${id}`).set(w.auth("adminA"))).status).toBe(404);
  });

  test.each([
    ["no kind", { start: "2027-07-01T00:00:00Z", end: "2027-07-02T00:00:00Z" }],
    ["end before start", { start: "2027-07-02T00:00:00Z", end: "2027-07-01T00:00:00Z", kind: "maintenance" }],
    ["floating time", { start: "2027-07-01T09:00:00", end: "2027-07-01T10:00:00", kind: "maintenance" }],
    ["unknown kind", { start: "2027-07-01T00:00:00Z", end: "2027-07-02T00:00:00Z", kind: "party" }],
  ])("400 for %s", async (_label, body) => {
    expect((await t.http.post("/api/blackouts").set(w.auth("adminA")).send(body)).status).toBe(400);
  });
});

describe("institution closure days", () => {
  test("a closure day on top of national holidays: listed publicly, closes availability, refuses or cancels bookings", async () => {
    const booked = await selfUse("2027-06-23", "10:00", "11:00");
    expect(booked.status).toBe(201);
    const path = `/api/institutions/${w.instA.id}/closures`;
    const refused = await t.http.post(path).set(w.auth("adminA")).send({ date: "2027-06-23", reason: "Founding day" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reservations.map((r: { id: number }) => r.id)).toEqual([booked.body.reservation.id]);
    const done = await t.http.post(path).set(w.auth("adminA")).send({ date: "2027-06-23", reason: "Founding day", cancelAffected: true });
    expect(done.status).toBe(201);
    expect(done.body.cancelled.map((r: { id: number }) => r.id)).toEqual([booked.body.reservation.id]);
    expect((await t.http.post(path).set(w.auth("adminA")).send({ date: "2027-06-23" })).body.error.details.reason).toBe("already_exists");

    const listed = await t.http.get(path).query({ from: "2027-06-01", to: "2027-06-30" });
    expect(listed.body.items).toEqual([expect.objectContaining({ date: "2027-06-23", reason: "Founding day" })]);
    const slots = await t.http.get(`/api/instruments/${w.sem.id}/availability`).query({ from: at("2027-06-23T00:00"), to: at("2027-06-24T00:00") });
    expect(slots.body.slots).toEqual([]);
    expect((await selfUse("2027-06-23", "13:00", "14:00")).body.error.details.reason).toBe("closed_day");

    for (const who of ["staffA1", "coordinator", "adminB", "m1"] as const) expect((await t.http.post(path).set(w.auth(who)).send({ date: "2027-06-24" })).status).toBe(403);
    expect((await t.http.post(path).set(w.auth("adminA")).send({ date: "23 June" })).status).toBe(400);
    expect((await t.http.get(path).query({ from: "June" })).status).toBe(400);
    expect((await t.http.post("/api/institutions/999999/closures").set(w.auth("adminA")).send({ date: "2027-06-24" })).status).toBe(404);
    const closureId = done.body.closure.id;
    expect((await t.http.delete(`${path}/${closureId}`).set(w.auth("adminB"))).status).toBe(403);
    expect((await t.http.delete(`${path}/${closureId}`).set(w.auth("adminA"))).status).toBe(204);
    expect((await t.http.delete(`${path}/${closureId}`).set(w.auth("adminA"))).status).toBe(404);
  });
});
