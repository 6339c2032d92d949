import { createTestApp, at, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;
let rejectedId: number;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  const pending = await t.http.post("/api/reservations").set(w.auth("m1")).send({
    instrumentId: w.tem.id, start: at("2027-06-09T10:00"), end: at("2027-06-09T11:00"), purpose: "x", assistance: { type: "operation" },
  });
  rejectedId = pending.body.reservation.id;
  await t.http.post(`/api/reservations/${rejectedId}/reject`).set(w.auth("staffA1")).send({ reason: "Sample not vacuum-safe" });
  await t.http.post("/api/blackouts").set(w.auth("adminB")).send({ instrumentId: w.semB.id, start: at("2027-07-01T09:00"), end: at("2027-07-01T12:00"), kind: "maintenance", reason: "Service" });
});
afterAll(() => t.close());

test("admins read their institution's trail: who, when, what, why", async () => {
  const res = await t.http.get("/api/audit-events").set(w.auth("adminA"));
  expect(res.status).toBe(200);
  const rejection = res.body.items.find((e: { action: string }) => e.action === "reservation.rejected");
  expect(rejection).toMatchObject({
    entityType: "reservation", entityId: rejectedId, companyId: w.c1.id, institutionId: w.instA.id,
    reason: "Sample not vacuum-safe", actor: { id: w.staffA1.user.id, role: "staff" }, at: expect.any(String),
  });
  expect(res.body.items.every((e: { institutionId: number }) => e.institutionId === w.instA.id)).toBe(true);
  expect(res.body.items.find((e: { action: string }) => e.action === "blackout.created")).toBeUndefined();
  const filtered = await t.http.get("/api/audit-events").query({ entityType: "reservation", entityId: rejectedId }).set(w.auth("adminA"));
  expect(filtered.body.items.map((e: { action: string }) => e.action)).toEqual(["reservation.rejected", "reservation.created"]);
});

test("the coordinator reads every institution; others are refused", async () => {
  const all = await t.http.get("/api/audit-events").set(w.auth("coordinator"));
  expect(new Set(all.body.items.map((e: { institutionId: number }) => e.institutionId))).toEqual(new Set([w.instA.id, w.instB.id]));
  const onlyB = await t.http.get("/api/audit-events").query({ institutionId: w.instB.id }).set(w.auth("coordinator"));
  expect(onlyB.body.items.map((e: { action: string }) => e.action)).toEqual(["blackout.created"]);
  expect((await t.http.get("/api/audit-events").query({ institutionId: w.instA.id }).set(w.auth("adminB"))).status).toBe(403);
  for (const who of ["staffA1", "staffB", "m1"] as const) expect((await t.http.get("/api/audit-events").set(w.auth(who))).status).toBe(403);
  expect((await t.http.get("/api/audit-events")).status).toBe(401);
  expect((await t.http.get("/api/audit-events").query({ pageSize: 1000 }).set(w.auth("adminA"))).status).toBe(400);
});

test("the company reads its reservation's history, with the facility's reason", async () => {
  const res = await t.http.get(`/api/reservations/${rejectedId}/events`).set(w.auth("m1"));
  expect(res.status).toBe(200);
  expect(res.body.items.at(-1)).toMatchObject({ action: "reservation.rejected", reason: "Sample not vacuum-safe" });
  for (const who of ["m2", "staffB", "adminB"] as const) expect((await t.http.get(`/api/reservations/${rejectedId}/events`).set(w.auth(who))).status).toBe(404);
  expect((await t.http.get(`/api/reservations/${rejectedId}/events`).set(w.auth("coordinator"))).status).toBe(200);
});
