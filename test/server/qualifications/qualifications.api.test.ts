import { AuditEvent } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const selfUse = (day: string) =>
  t.http.post("/api/reservations").set(w.auth("m2")).send({ instrumentId: w.sem.id, start: at(`${day}T10:00`), end: at(`${day}T11:00`), purpose: "Own imaging" });

test("training → grant → the company books self-use; revoke → refused again", async () => {
  const before = await selfUse("2027-06-09");
  expect(before.status).toBe(422);
  expect(before.body.error.details.reason).toBe("qualification_required");

  const granted = await t.http.post("/api/qualifications").set(w.auth("staffA1")).send({ email: w.m2.email.toUpperCase(), instrumentId: w.sem.id, note: "Basic SEM training passed" });
  expect(granted.status).toBe(201);
  expect(granted.body.qualification).toMatchObject({ userId: w.m2.id, companyName: "Kitakami Coatings", instrumentId: w.sem.id, valid: true, expiresAt: null });

  const booked = await selfUse("2027-06-09");
  expect(booked.status).toBe(201);
  expect(booked.body.reservation.assistance.type).toBe("none");

  const revoked = await t.http.post(`/api/qualifications/${granted.body.qualification.id}/revoke`).set(w.auth("adminA")).send({ reason: "Safety incident" });
  expect(revoked.status).toBe(200);
  expect(revoked.body.qualification).toMatchObject({ valid: false, revokeReason: "Safety incident" });
  expect((await selfUse("2027-06-10")).body.error.details.reason).toBe("qualification_required");
  expect((await t.http.post(`/api/qualifications/${granted.body.qualification.id}/revoke`).set(w.auth("adminA")).send({ reason: "again" })).status).toBe(422);

  const actions = (await t.db.manager.getRepository(AuditEvent).findBy({ entityType: "qualification" })).map((e) => [e.action, e.companyId]);
  expect(actions).toEqual(expect.arrayContaining([["qualification.granted", w.c2.id], ["qualification.revoked", w.c2.id]]));
});

test("an expiry date bounds the qualification; a new grant supersedes the old one", async () => {
  const first = await t.http.post("/api/qualifications").set(w.auth("adminA")).send({ userId: w.m2.id, instrumentId: w.sem.id, expiresAt: at("2027-06-12T00:00") });
  expect(first.status).toBe(201);
  expect((await selfUse("2027-06-11")).status).toBe(201);
  expect((await selfUse("2027-06-14")).body.error.details.reason).toBe("qualification_required");
  const renewed = await t.http.post("/api/qualifications").set(w.auth("staffA2")).send({ userId: w.m2.id, instrumentId: w.sem.id, expiresAt: at("2028-06-12T00:00") });
  expect(renewed.status).toBe(201);
  expect((await selfUse("2027-06-14")).status).toBe(201);
  const list = await t.http.get("/api/qualifications").query({ userId: w.m2.id, includeInvalid: "true" }).set(w.auth("staffA1"));
  const old = list.body.items.find((q: { id: number }) => q.id === first.body.qualification.id);
  expect(old).toMatchObject({ valid: false, revokeReason: "Superseded by a new grant" });
  const valid = await t.http.get("/api/qualifications").query({ userId: w.m2.id }).set(w.auth("staffA1"));
  expect(valid.body.items.map((q: { id: number }) => q.id)).toEqual([renewed.body.qualification.id]);
});

test("a grant can name the training session it follows; it must be that user's held training", async () => {
  const user = await t.make.companyMember(w.c2);
  const training = await t.make.reservation(w.tem, user, at("2027-06-02T10:00"), at("2027-06-02T12:00"), { status: "completed", assistanceType: "training", assistanceStatus: "accepted" });
  const operation = await t.make.reservation(w.tem, user, at("2027-06-03T10:00"), at("2027-06-03T12:00"), { status: "completed", assistanceType: "operation", assistanceStatus: "accepted" });
  const future = await t.make.reservation(w.tem, user, at("2027-06-20T10:00"), at("2027-06-20T12:00"), { assistanceType: "training", assistanceStatus: "assigned" });
  for (const id of [operation.id, future.id, training.id]) {
    const other = id === training.id ? w.m2.id : user.id;
    const res = await t.http.post("/api/qualifications").set(w.auth("staffA1")).send({ userId: other, instrumentId: w.tem.id, trainingReservationId: id });
    expect(res.body.error.details.reason).toBe("invalid_target");
  }
  const res = await t.http.post("/api/qualifications").set(w.auth("staffA1")).send({ userId: user.id, instrumentId: w.tem.id, trainingReservationId: training.id });
  expect(res.status).toBe(201);
  const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "qualification.granted", entityId: res.body.qualification.id });
  expect(audit.details).toMatchObject({ trainingReservationId: training.id });
});

test("who may grant, revoke and see", async () => {
  const body = { userId: w.m1.id, instrumentId: w.sem.id };
  for (const who of ["staffB", "adminB", "coordinator", "m1"] as const) expect((await t.http.post("/api/qualifications").set(w.auth(who)).send(body)).status).toBe(403);
  const granted = await t.http.post("/api/qualifications").set(w.auth("staffA2")).send(body);
  expect(granted.status).toBe(201);
  const id = granted.body.qualification.id;
  for (const who of ["staffB", "adminB", "m2"] as const) expect((await t.http.post(`/api/qualifications/${id}/revoke`).set(w.auth(who)).send({ reason: "x" })).status).toBe(404);
  for (const who of ["coordinator", "m1"] as const) expect((await t.http.post(`/api/qualifications/${id}/revoke`).set(w.auth(who)).send({ reason: "x" })).status).toBe(403);

  const seen = async (who: Parameters<World["auth"]>[0]) => (await t.http.get("/api/qualifications").set(w.auth(who))).body.items.map((q: { id: number }) => q.id);
  expect(await seen("m1")).toContain(id);
  expect(await seen("m2")).not.toContain(id);
  expect(await seen("staffA1")).toContain(id);
  expect(await seen("staffB")).not.toContain(id);
  expect(await seen("coordinator")).toContain(id);

  const notCompany = await t.http.post("/api/qualifications").set(w.auth("adminA")).send({ userId: w.staffA1.user.id, instrumentId: w.sem.id });
  expect(notCompany.body.error.details.reason).toBe("invalid_target");
  expect((await t.http.post("/api/qualifications").set(w.auth("adminA")).send({ email: "nobody@test.example", instrumentId: w.sem.id })).status).toBe(404);
  expect((await t.http.post("/api/qualifications").set(w.auth("adminA")).send({ userId: w.m1.id, instrumentId: 999999 })).status).toBe(404);
});

test.each([
  ["neither userId nor email", { instrumentId: 1 }],
  ["both userId and email", { userId: 1, email: "a@b.example", instrumentId: 1 }],
  ["bad expiry", { userId: 1, instrumentId: 1, expiresAt: "soon" }],
  ["expiry in the past", { userId: 1, instrumentId: 1, expiresAt: "2020-01-01T00:00:00Z" }],
])("400 for %s", async (_label, body) => {
  const input = { ...body, userId: "userId" in body ? w.m1.id : undefined, instrumentId: w.sem.id };
  expect((await t.http.post("/api/qualifications").set(w.auth("staffA1")).send(input)).status).toBe(400);
});

test("list filters are validated", async () => {
  expect((await t.http.get("/api/qualifications").query({ instrumentId: "all" }).set(w.auth("staffA1"))).status).toBe(400);
  expect((await t.http.get("/api/qualifications").query({ includeInvalid: "maybe" }).set(w.auth("staffA1"))).status).toBe(400);
  expect((await t.http.get("/api/qualifications")).status).toBe(401);
});

test("revoke needs a reason", async () => {
  expect((await t.http.post("/api/qualifications/1/revoke").set(w.auth("staffA1")).send({})).status).toBe(400);
});
