import { AuditEvent, Institution, Instrument, type StaffMember, type User } from "../../../server/platform/db/entities";
import { createTestApp, at, type TestApp } from "../../helpers/test-app";

let t: TestApp;
let instA: Institution;
let instB: Institution;
let sem: Instrument;
let tem: Instrument;
let semB: Instrument;
let staffA1: { user: User; member: StaffMember };
let staffA2: { user: User; member: StaffMember };
const tokens: Record<string, string> = {};
let m1: User;

const auth = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
const book = (who: string, body: Record<string, unknown>) => t.http.post("/api/reservations").set(auth(who)).send(body);
const slot = (day: string, from: string, to: string) => ({ start: at(`${day}T${from}`), end: at(`${day}T${to}`) });

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" }); // Monday 09:00 JST
  instA = await t.make.institution();
  instB = await t.make.institution();
  sem = await t.make.instrument(instA);
  tem = await t.make.instrument(instA, { requiresApproval: true, selfUse: false, training: false });
  semB = await t.make.instrument(instB);
  staffA1 = await t.make.staff(instA, [sem, tem]);
  staffA2 = await t.make.staff(instA, [sem]);
  const staffB = await t.make.staff(instB, [semB]);
  const c1 = await t.make.company({ name: "Aoba Precision" });
  const c2 = await t.make.company({ name: "Kitakami Coatings" });
  m1 = await t.make.companyMember(c1);
  const m1b = await t.make.companyMember(c1);
  const m2 = await t.make.companyMember(c2);
  const adminA = await t.make.user({ role: "institution_admin", institutionId: instA.id });
  const coordinator = await t.make.user({ role: "coordinator" });
  await t.make.qualification(m1, sem);
  for (const [name, user] of Object.entries({ m1, m1b, m2, staffA1: staffA1.user, staffA2: staffA2.user, staffB: staffB.user, adminA, coordinator })) {
    tokens[name] = await t.login(user.email);
  }
});
afterAll(() => t.close());

describe("POST /api/reservations: input and access", () => {
  test("401 without a session", async () => {
    const res = await t.http.post("/api/reservations").send({ instrumentId: sem.id, ...slot("2027-06-09", "10:00", "11:00"), purpose: "x" });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });

  test.each([
    ["empty body", {}],
    ["bad instant", { instrumentId: 1, start: "next tuesday", end: "2027-06-09T02:00:00Z", purpose: "x" }],
    ["floating time without offset", { instrumentId: 1, start: "2027-06-09T10:00:00", end: "2027-06-09T11:00:00", purpose: "x" }],
    ["end before start", { instrumentId: 1, start: "2027-06-09T02:00:00Z", end: "2027-06-09T01:00:00Z", purpose: "x" }],
    ["unknown assistance", { instrumentId: 1, start: "2027-06-09T01:00:00Z", end: "2027-06-09T02:00:00Z", purpose: "x", assistance: { type: "magic" } }],
    ["empty purpose", { instrumentId: 1, start: "2027-06-09T01:00:00Z", end: "2027-06-09T02:00:00Z", purpose: "   " }],
    ["purpose too long", { instrumentId: 1, start: "2027-06-09T01:00:00Z", end: "2027-06-09T02:00:00Z", purpose: "x".repeat(5000) }],
    ["instrumentId as object", { instrumentId: { $gt: 0 }, start: "2027-06-09T01:00:00Z", end: "2027-06-09T02:00:00Z", purpose: "x" }],
    ["array body", [1, 2, 3]],
  ])("400 for %s", async (_label, body) => {
    const res = await t.http.post("/api/reservations").set(auth("m1")).send(body as object);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
  });

  test("404 for an unknown instrument", async () => {
    expect((await book("m1", { instrumentId: 999999, ...slot("2027-06-09", "10:00", "11:00"), purpose: "x" })).status).toBe(404);
  });

  test("403 for staff, admins and the coordinator (only companies book)", async () => {
    for (const who of ["staffA1", "adminA", "coordinator"]) {
      const res = await book(who, { instrumentId: sem.id, ...slot("2027-06-09", "10:00", "11:00"), purpose: "x" });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
  });
});

describe("POST /api/reservations: the booking engine", () => {
  test("qualified self-use → 201 confirmed with a price estimate", async () => {
    const res = await book("m1", { instrumentId: sem.id, ...slot("2027-06-09", "10:00", "12:00"), purpose: "Crack inspection", sampleDescription: "Ni plating" });
    expect(res.status).toBe(201);
    expect(res.body.reservation).toMatchObject({
      instrumentId: sem.id, status: "confirmed", start: at("2027-06-09T10:00"), end: at("2027-06-09T12:00"),
      assistance: { type: "none", status: "not_requested", staff: null }, priceEstimateYen: 8000, revision: 1,
    });
  });

  test("the same slot again → 409 conflict; an overlapping one too", async () => {
    const same = await book("m2", { instrumentId: sem.id, ...slot("2027-06-09", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } });
    expect(same.status).toBe(409);
    expect(same.body.error).toMatchObject({ code: "conflict", details: { reason: "slot_taken" } });
    const overlapping = await book("m2", { instrumentId: sem.id, ...slot("2027-06-09", "11:30", "13:00"), purpose: "x", assistance: { type: "operation" } });
    expect(overlapping.status).toBe(409);
    const adjacent = await book("m2", { instrumentId: sem.id, ...slot("2027-06-09", "12:00", "13:00"), purpose: "x", assistance: { type: "operation" } });
    expect(adjacent.status).toBe(201);
  });

  test("the 201 body is exactly what GET /:id answers afterwards (self-use and staffed, both languages)", async () => {
    const bookings = [
      await book("m1", { instrumentId: sem.id, ...slot("2027-06-11", "09:00", "10:00"), purpose: "Same answer", sampleDescription: "Cu", hazardDeclaration: "none" }),
      await t.http.post("/api/reservations").set({ ...auth("m2"), "accept-language": "ja" }).send({
        instrumentId: sem.id, ...slot("2027-06-11", "13:00", "14:00"), purpose: "同じ答え", assistance: { type: "operation", note: "初めて" },
      }),
    ];
    for (const [created, who, language] of [[bookings[0], "m1", "en"], [bookings[1], "m2", "ja"]] as const) {
      expect(created.status).toBe(201);
      const read = await t.http.get(`/api/reservations/${created.body.reservation.id}`).set({ ...auth(who), "accept-language": language });
      expect(created.body).toEqual(read.body);
    }
    expect(bookings[1].body.reservation.assistance.staff).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
  });

  test("self-use without a valid qualification → 422", async () => {
    const res = await book("m2", { instrumentId: sem.id, ...slot("2027-06-10", "10:00", "11:00"), purpose: "x" });
    expect(res.status).toBe(422);
    expect(res.body.error.details.reason).toBe("qualification_required");
  });

  test("staff operation assigns a qualified free staff member, spreading the load", async () => {
    const first = await book("m2", { instrumentId: sem.id, ...slot("2027-06-10", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } });
    const second = await book("m2", { instrumentId: sem.id, ...slot("2027-06-10", "13:00", "15:00"), purpose: "x", assistance: { type: "operation" } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const assigned = [first.body.reservation.assignedStaffId, second.body.reservation.assignedStaffId];
    expect(new Set(assigned).size).toBe(2);
    expect(first.body.reservation.assistance).toMatchObject({ type: "operation", status: "assigned", staff: { name: expect.any(String) } });
    expect(first.body.reservation.priceEstimateYen).toBe(14000);
  });

  test("no staff member is committed twice: a second instrument needing the same person → 409", async () => {
    const x = await t.make.instrument(instA);
    const y = await t.make.instrument(instA);
    const only = await t.make.staff(instA, [x, y]);
    const first = await book("m1", { instrumentId: x.id, ...slot("2027-06-14", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } });
    expect(first.status).toBe(201);
    expect(first.body.reservation.assignedStaffId).toBe(only.member.id);
    const clash = await book("m2", { instrumentId: y.id, ...slot("2027-06-14", "11:00", "13:00"), purpose: "x", assistance: { type: "training" } });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.reason).toBe("staff_unavailable");
    const after = await book("m2", { instrumentId: y.id, ...slot("2027-06-14", "12:00", "13:00"), purpose: "x", assistance: { type: "training" } });
    expect(after.status).toBe(201);
  });

  test("time off makes staff unavailable (409); no one working at all is a rule problem (422)", async () => {
    await t.make.timeOff(staffA1.member, at("2027-06-15T00:00"), at("2027-06-16T00:00"));
    const tem15 = await book("m1", { instrumentId: tem.id, ...slot("2027-06-15", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } });
    expect(tem15.status).toBe(409);
    expect(tem15.body.error.details.reason).toBe("staff_unavailable");
    const lateStaff = await t.make.instrument(instA, { openingHours: { mon: [{ start: "09:00", end: "20:00" }], tue: [{ start: "09:00", end: "20:00" }] } });
    await t.make.staff(instA, [lateStaff]);
    const evening = await book("m1", { instrumentId: lateStaff.id, ...slot("2027-06-15", "18:00", "19:00"), purpose: "x", assistance: { type: "training" } });
    expect(evening.status).toBe(422);
    expect(evening.body.error.details.reason).toBe("no_staff_scheduled");
  });

  test.each([
    ["in_past", () => ({ start: "2027-06-01T01:00:00Z", end: "2027-06-01T02:00:00Z" })],
    ["lead_time", () => slot("2027-06-07", "13:00", "14:00")],
    ["horizon", () => slot("2027-10-05", "10:00", "11:00")],
    ["duration_too_short", () => slot("2027-06-16", "10:00", "10:30")],
    ["duration_too_long", () => slot("2027-06-16", "08:00", "17:00")],
    ["not_on_slot_grid", () => slot("2027-06-16", "10:10", "11:10")],
    ["outside_opening_hours", () => slot("2027-06-16", "16:30", "17:30")],
    ["closed_day", () => slot("2027-07-19", "10:00", "11:00")],
    ["outside_opening_hours", () => slot("2027-06-19", "10:00", "11:00")],
  ])("422 %s", async (reason, interval) => {
    const res = await book("m1", { instrumentId: sem.id, ...interval(), purpose: "x" });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "rule_violation", details: { reason } });
  });

  test("422 inside a blackout, on an instrument in maintenance, and for a mode not offered", async () => {
    await t.make.blackout(instA, sem, at("2027-06-17T09:00"), at("2027-06-17T12:00"));
    const blackout = await book("m1", { instrumentId: sem.id, ...slot("2027-06-17", "11:00", "12:00"), purpose: "x" });
    expect(blackout.body.error.details.reason).toBe("blackout");
    const maintenance = await t.make.instrument(instA, { status: "maintenance" });
    expect((await book("m1", { instrumentId: maintenance.id, ...slot("2027-06-17", "13:00", "14:00"), purpose: "x" })).body.error.details.reason).toBe("instrument_unavailable");
    const selfUseOnTem = await book("m1", { instrumentId: tem.id, ...slot("2027-06-17", "13:00", "14:00"), purpose: "x" });
    expect(selfUseOnTem.status).toBe(422);
    expect(selfUseOnTem.body.error.details.reason).toBe("mode_not_offered");
  });

  // Bookings keep the instruments they read per process (server/services/instrument-snapshots.ts); a change made
  // straight in the database, as by another process, must decide the very next booking either way.
  test("a change to the instrument or its institution decides the next booking, though bookings cached it", async () => {
    const cnc = await t.make.instrument(instA);
    await t.make.qualification(m1, cnc);
    const bookCnc = (day: string, from = "10:00", to = "11:00") => book("m1", { instrumentId: cnc.id, ...slot(day, from, to), purpose: "x" });
    const change = (fields: Partial<Instrument>) => t.db.write((em) => em.getRepository(Instrument).update(cnc.id, fields));
    expect((await bookCnc("2027-06-21")).body.reservation.status).toBe("confirmed");

    await change({ requiresApproval: true });
    expect((await bookCnc("2027-06-22")).body.reservation.status).toBe("pending");
    await change({ status: "maintenance" });
    expect((await bookCnc("2027-06-23")).body.error.details.reason).toBe("instrument_unavailable");
    await change({ status: "active", requiresApproval: false });
    expect((await bookCnc("2027-06-24")).body.reservation.status).toBe("confirmed");

    // 16:00 in Tokyo is 21:00 the day before in Honolulu, after opening hours there.
    await t.db.write((em) => em.getRepository(Institution).update(instA.id, { timezone: "Pacific/Honolulu" }));
    try {
      expect((await bookCnc("2027-06-25", "16:00", "17:00")).body.error.details.reason).toBe("outside_opening_hours");
    } finally {
      await t.db.write((em) => em.getRepository(Institution).update(instA.id, { timezone: "Asia/Tokyo" }));
    }
    expect((await bookCnc("2027-06-25", "16:00", "17:00")).status).toBe(201);
  });
});

describe("approval", () => {
  let pendingId: number;

  test("an instrument that needs approval gives a pending reservation that holds its slot", async () => {
    const res = await book("m2", { instrumentId: tem.id, ...slot("2027-06-18", "10:00", "12:00"), purpose: "TEM lattice imaging", assistance: { type: "operation" } });
    expect(res.status).toBe(201);
    expect(res.body.reservation.status).toBe("pending");
    pendingId = res.body.reservation.id;
    expect((await book("m1", { instrumentId: tem.id, ...slot("2027-06-18", "11:00", "12:00"), purpose: "x", assistance: { type: "operation" } })).status).toBe(409);
    const free = await t.http.get(`/api/instruments/${tem.id}/availability`).query({ from: at("2027-06-18T00:00"), to: at("2027-06-19T00:00") });
    expect(free.body.slots.map((s: { start: string }) => s.start)).not.toContain(at("2027-06-18T10:00"));
  });

  test("company members, the coordinator and other institutions cannot decide", async () => {
    expect((await t.http.post(`/api/reservations/${pendingId}/approve`).set(auth("m2"))).status).toBe(403);
    expect((await t.http.post(`/api/reservations/${pendingId}/approve`).set(auth("coordinator"))).status).toBe(403);
    expect((await t.http.post(`/api/reservations/${pendingId}/approve`).set(auth("staffB"))).status).toBe(404);
    expect((await t.http.post(`/api/reservations/${pendingId}/approve`)).status).toBe(401);
  });

  test("staff of the institution approve; approving twice → 422", async () => {
    const res = await t.http.post(`/api/reservations/${pendingId}/approve`).set(auth("staffA2"));
    expect(res.status).toBe(200);
    expect(res.body.reservation).toMatchObject({ status: "confirmed", revision: 2 });
    const again = await t.http.post(`/api/reservations/${pendingId}/approve`).set(auth("staffA2"));
    expect(again.status).toBe(422);
    expect(again.body.error.details.reason).toBe("invalid_transition");
  });

  test("admins reject with a reason the company sees; the slot is free again", async () => {
    const created = await book("m2", { instrumentId: tem.id, ...slot("2027-06-21", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } });
    const res = await t.http.post(`/api/reservations/${created.body.reservation.id}/reject`).set(auth("adminA")).send({ reason: "Sample is not vacuum-compatible" });
    expect(res.status).toBe(200);
    expect(res.body.reservation).toMatchObject({ status: "rejected", decisionReason: "Sample is not vacuum-compatible" });
    const seen = await t.http.get(`/api/reservations/${created.body.reservation.id}`).set(auth("m2"));
    expect(seen.body.reservation.decisionReason).toBe("Sample is not vacuum-compatible");
    expect((await book("m1", { instrumentId: tem.id, ...slot("2027-06-21", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } })).status).toBe(201);
  });

  test("approval re-checks the calendar: a blackout added meanwhile → 422", async () => {
    const created = await book("m2", { instrumentId: tem.id, ...slot("2027-06-22", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } });
    await t.make.blackout(instA, tem, at("2027-06-22T09:00"), at("2027-06-22T17:00"));
    const res = await t.http.post(`/api/reservations/${created.body.reservation.id}/approve`).set(auth("adminA"));
    expect(res.status).toBe(422);
    expect(res.body.error.details.reason).toBe("blackout");
  });

  test("every decision is in the audit trail with who and why", async () => {
    const events = await t.db.manager.getRepository(AuditEvent).find({ where: { entityType: "reservation" } });
    expect(events.find((e) => e.action === "reservation.approved" && e.entityId === pendingId)).toBeDefined();
    expect(events.find((e) => e.action === "reservation.rejected")?.reason).toBe("Sample is not vacuum-compatible");
  });
});

describe("reading reservations", () => {
  test("each role sees its own scope", async () => {
    const list = async (who: string) => {
      const res = await t.http.get("/api/reservations").query({ pageSize: 100 }).set(auth(who));
      expect(res.status).toBe(200);
      return res.body as { items: Array<{ companyId: number; instrument: { institutionId: number } }>; total: number };
    };
    const m1List = await list("m1");
    expect(m1List.items.length).toBeGreaterThan(0);
    expect(new Set(m1List.items.map((r) => r.companyId))).toEqual(new Set([m1.companyId]));
    const m1bList = await list("m1b");
    expect(m1bList.total).toBe(m1List.total);
    const staffList = await list("staffA1");
    expect(staffList.items.every((r) => r.instrument.institutionId === instA.id)).toBe(true);
    const staffBList = await list("staffB");
    expect(staffBList.items.every((r) => r.instrument.institutionId === instB.id)).toBe(true);
    const all = await list("coordinator");
    expect(all.total).toBe(staffList.total + staffBList.total);
    expect((await t.http.get("/api/reservations")).status).toBe(401);
  });

  test("GET /:id: 404 for anyone not entitled to see it", async () => {
    const created = await book("m1", { instrumentId: sem.id, ...slot("2027-06-23", "10:00", "11:00"), purpose: "private purpose" });
    const id = created.body.reservation.id;
    for (const who of ["m1", "m1b", "staffA1", "adminA", "coordinator"]) expect((await t.http.get(`/api/reservations/${id}`).set(auth(who))).status).toBe(200);
    for (const who of ["m2", "staffB"]) {
      const res = await t.http.get(`/api/reservations/${id}`).set(auth(who));
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain("private purpose");
    }
    expect((await t.http.get("/api/reservations/abc").set(auth("m1"))).status).toBe(400);
  });

  test("upcoming and past scopes", async () => {
    const upcoming = await t.http.get("/api/reservations").query({ scope: "upcoming" }).set(auth("m1"));
    expect(upcoming.body.items.every((r: { end: string }) => Date.parse(r.end) > t.clock.now())).toBe(true);
    const past = await t.http.get("/api/reservations").query({ scope: "past" }).set(auth("m1"));
    expect(past.body.total).toBe(0);
  });
});

describe("cancellation", () => {
  test("the company cancels; the slot is free again and can be rebooked", async () => {
    const created = await book("m1", { instrumentId: sem.id, ...slot("2027-06-24", "10:00", "12:00"), purpose: "x" });
    const id = created.body.reservation.id;
    const res = await t.http.post(`/api/reservations/${id}/cancel`).set(auth("m1")).send({ reason: "Sample not ready" });
    expect(res.status).toBe(200);
    expect(res.body.reservation).toMatchObject({ status: "cancelled", cancellationReason: "Sample not ready", revision: 2 });
    const free = await t.http.get(`/api/instruments/${sem.id}/availability`).query({ from: at("2027-06-24T00:00"), to: at("2027-06-25T00:00") });
    expect(free.body.slots.map((s: { start: string }) => s.start)).toContain(at("2027-06-24T10:00"));
    expect((await book("m2", { instrumentId: sem.id, ...slot("2027-06-24", "10:00", "12:00"), purpose: "x", assistance: { type: "operation" } })).status).toBe(201);
    const again = await t.http.post(`/api/reservations/${id}/cancel`).set(auth("m1"));
    expect(again.status).toBe(422);
    expect(again.body.error.details.reason).toBe("not_cancellable");
  });

  test("other companies get 404, the coordinator 403; the facility may cancel with a notice", async () => {
    const created = await book("m1", { instrumentId: sem.id, ...slot("2027-06-25", "10:00", "12:00"), purpose: "x" });
    const id = created.body.reservation.id;
    expect((await t.http.post(`/api/reservations/${id}/cancel`).set(auth("m2"))).status).toBe(404);
    expect((await t.http.post(`/api/reservations/${id}/cancel`).set(auth("staffB"))).status).toBe(404);
    expect((await t.http.post(`/api/reservations/${id}/cancel`).set(auth("coordinator"))).status).toBe(403);
    const byFacility = await t.http.post(`/api/reservations/${id}/cancel`).set(auth("staffA1")).send({ reason: "Detector failure" });
    expect(byFacility.status).toBe(200);
    const audit = await t.db.manager.getRepository(AuditEvent).findOne({ where: { entityId: id, action: "reservation.cancelled_by_facility" } });
    expect(audit).toMatchObject({ actorUserId: staffA1.user.id, reason: "Detector failure" });
  });

  test("a company cannot cancel a reservation that has started", async () => {
    const created = await book("m1", { instrumentId: sem.id, ...slot("2027-06-16", "10:00", "12:00"), purpose: "x" });
    t.clock.set(at("2027-06-16T10:30"));
    try {
      const res = await t.http.post(`/api/reservations/${created.body.reservation.id}/cancel`).set(auth("m1"));
      expect(res.status).toBe(422);
    } finally {
      t.clock.set("2027-06-07T00:00:00Z");
    }
  });

  test("bad cancel body → 400", async () => {
    const res = await t.http.post("/api/reservations/1/cancel").set(auth("m1")).send({ reason: "x".repeat(5000) });
    expect(res.status).toBe(400);
  });
});
