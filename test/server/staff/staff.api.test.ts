import { AuditEvent, Reservation, StaffTimeOff } from "../../../server/platform/db/entities";
import { WEEKDAYS_9_17 } from "../../helpers/factories";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";
import { assignedConsultation } from "../consultations/meeting-world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

describe("GET /api/staff-members", () => {
  test("staff and admins see their institution's staff, the coordinator everyone, companies nothing", async () => {
    const ids = async (who: Parameters<World["auth"]>[0], query = {}) => {
      const res = await t.http.get("/api/staff-members").query(query).set(w.auth(who));
      expect(res.status).toBe(200);
      return res.body.items.map((s: { id: number }) => s.id).sort();
    };
    const a = [w.staffA1.member.id, w.staffA2.member.id].sort();
    expect(await ids("staffA1")).toEqual(a);
    expect(await ids("adminA")).toEqual(a);
    expect(await ids("staffB")).toEqual([w.staffB.member.id]);
    expect(await ids("coordinator", { institutionId: w.instA.id })).toEqual(a);
    expect((await ids("coordinator")).length).toBeGreaterThanOrEqual(3);
    expect(await ids("adminA", { instrumentId: w.tem.id })).toEqual([w.staffA1.member.id]);
    expect((await t.http.get("/api/staff-members").set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.get("/api/staff-members").query({ institutionId: w.instA.id }).set(w.auth("staffB"))).status).toBe(403);
    expect((await t.http.get("/api/staff-members")).status).toBe(401);
    expect((await t.http.get("/api/staff-members").query({ instrumentId: "x" }).set(w.auth("adminA"))).status).toBe(400);
  });

  test("GET /:id: 404 outside the institution", async () => {
    const path = `/api/staff-members/${w.staffA1.member.id}`;
    const res = await t.http.get(path).set(w.auth("staffA2"));
    expect(res.status).toBe(200);
    expect(res.body.staffMember).toMatchObject({ id: w.staffA1.member.id, active: true, instruments: [{ id: w.sem.id }, { id: w.tem.id }] });
    expect((await t.http.get(path).set(w.auth("coordinator"))).status).toBe(200);
    for (const who of ["staffB", "adminB", "m1"] as const) expect((await t.http.get(path).set(w.auth(who))).status).toBe(404);
  });
});

describe("admins manage staff", () => {
  test("POST creates a staff login that can sign in; only the institution's admin may", async () => {
    const body = { email: "New.Tech@Test.Example", displayName: "Hanako Sato", password: "long enough password", instrumentIds: [w.sem.id], workingHours: WEEKDAYS_9_17 };
    for (const who of ["staffA1", "coordinator", "m1"] as const) expect((await t.http.post("/api/staff-members").set(w.auth(who)).send(body)).status).toBe(403);
    const res = await t.http.post("/api/staff-members").set(w.auth("adminA")).send(body);
    expect(res.status).toBe(201);
    expect(res.body.staffMember).toMatchObject({ name: "Hanako Sato", email: "new.tech@test.example", institutionId: w.instA.id, instruments: [{ id: w.sem.id }] });
    const me = await t.http.get("/api/auth/me").set({ authorization: `Bearer ${await t.login("new.tech@test.example", "long enough password")}` });
    expect(me.body.user).toMatchObject({ role: "staff", staffMemberId: res.body.staffMember.id });
    expect((await t.http.post("/api/staff-members").set(w.auth("adminA")).send(body)).body.error.details.reason).toBe("email_taken");
    const foreign = await t.http.post("/api/staff-members").set(w.auth("adminA")).send({ ...body, email: "x@test.example", instrumentIds: [w.semB.id] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details.reason).toBe("invalid_target");
  });

  test.each([
    ["no body", {}],
    ["bad hours", { email: "a@b.example", displayName: "A", password: "long enough password", workingHours: { mon: [{ start: "17:00", end: "09:00" }] } }],
    ["short password", { email: "a@b.example", displayName: "A", password: "short", workingHours: {} }],
  ])("POST 400 for %s", async (_label, body) => {
    expect((await t.http.post("/api/staff-members").set(w.auth("adminA")).send(body)).status).toBe(400);
  });

  test("PATCH never strands an assignment: hours, instruments and deactivation list what to hand over", async () => {
    const { member, user } = await t.make.staff(w.instA, [w.sem, w.tem]);
    await t.make.reservation(w.tem, w.m1, at("2027-06-10T15:00"), at("2027-06-10T16:00"), { assignedStaffId: member.id });
    const path = `/api/staff-members/${member.id}`;
    const token = { authorization: `Bearer ${await t.login(user.email)}` };

    const mornings = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "08:00", end: "13:00" }]]));
    const hours = await t.http.patch(path).set(token).send({ workingHours: mornings });
    expect(hours.status).toBe(409);
    expect(hours.body.error.details).toMatchObject({ reason: "assignments_affected", assignments: [{ instrumentId: w.tem.id, companyName: "Aoba Precision" }] });

    const dropTem = await t.http.patch(path).set(w.auth("adminA")).send({ instrumentIds: [w.sem.id] });
    expect(dropTem.body.error.details.reason).toBe("assignments_affected");
    expect((await t.http.patch(path).set(w.auth("adminA")).send({ active: false })).status).toBe(409);

    const ok = await t.http.patch(path).set(token).send({ workingHours: { ...mornings, thu: [{ start: "08:00", end: "17:00" }] } });
    expect(ok.status).toBe(200);
    expect(ok.body.staffMember.workingHours.thu).toEqual([{ start: "08:00", end: "17:00" }]);

    expect((await t.http.patch(path).set(token).send({ instrumentIds: [w.sem.id] })).status).toBe(403);
    expect((await t.http.patch(path).set(w.auth("staffA1")).send({ workingHours: mornings })).status).toBe(403);
    expect((await t.http.patch(path).set(w.auth("coordinator")).send({ workingHours: mornings })).status).toBe(403);
    expect((await t.http.patch(path).set(w.auth("adminB")).send({ active: false })).status).toBe(404);
    expect((await t.http.patch(path).set(w.auth("adminA")).send({})).status).toBe(400);
    expect((await t.http.patch(path).set(w.auth("adminA")).send({ active: "no" })).status).toBe(400);
  });

  test("deactivating a staff member with nothing assigned ends their sign-in and takes them off the roster", async () => {
    const { member, user } = await t.make.staff(w.instA, [w.sem]);
    const res = await t.http.patch(`/api/staff-members/${member.id}`).set(w.auth("adminA")).send({ active: false });
    expect(res.status).toBe(200);
    expect(res.body.staffMember.active).toBe(false);
    await expect(t.login(user.email)).rejects.toThrow(/401/);
    const roster = await t.http.get("/api/staff-members").set(w.auth("adminA"));
    expect(roster.body.items.map((s: { id: number }) => s.id)).not.toContain(member.id);
    const all = await t.http.get("/api/staff-members").query({ includeInactive: "true" }).set(w.auth("adminA"));
    expect(all.body.items.map((s: { id: number }) => s.id)).toContain(member.id);
    const audit = await t.db.manager.getRepository(AuditEvent).findOneBy({ action: "staff.deactivated", entityId: member.id });
    expect(audit?.actorUserId).toBe(w.adminA.id);
  });
});

describe("my schedule", () => {
  test("holds the calls and visits I proposed on consultations, not the cancelled ones, and only mine", async () => {
    const consultation = await assignedConsultation(t, w, "Porosity in die castings");
    const propose = (start: string, end: string) => t.http.post(`/api/consultations/${consultation}/meetings`).set(w.auth("staffA1"))
      .send({ kind: "visit", start: at(start), end: at(end) });
    const kept = await propose("2027-06-29T10:00", "2027-06-29T11:00");
    const dropped = await propose("2027-06-30T10:00", "2027-06-30T11:00");
    expect([kept.status, dropped.status]).toEqual([201, 201]);
    expect((await t.http.post(`/api/consultations/${consultation}/meetings/${dropped.body.meeting.id}/cancel`).set(w.auth("staffA1"))).status).toBe(200);
    const range = { from: at("2027-06-28T00:00"), to: at("2027-07-05T00:00") };
    const mine = await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`).query(range).set(w.auth("staffA1"));
    expect(mine.body.meetings).toEqual([{
      id: kept.body.meeting.id, consultationId: consultation, kind: "visit", start: at("2027-06-29T10:00"), end: at("2027-06-29T11:00"),
      summary: "Porosity in die castings", companyName: "Aoba Precision",
    }]);
    const colleague = await t.http.get(`/api/staff-members/${w.staffA2.member.id}/schedule`).query(range).set(w.auth("staffA2"));
    expect(colleague.body.meetings).toEqual([]);
    expect((await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`).query(range).set(w.auth("staffB"))).status).toBe(404);
  });

  test("assignments and bookings on my instruments, with company, purpose and sample notes", async () => {
    const booked = await t.http.post("/api/reservations").set(w.auth("m1")).send({
      instrumentId: w.tem.id, start: at("2027-06-15T10:00"), end: at("2027-06-15T12:00"),
      purpose: "Cross-section of a weld", sampleDescription: "Steel, 5 mm", assistance: { type: "operation" },
    });
    expect(booked.status).toBe(201);
    await t.make.qualification(w.m2, w.sem);
    await t.make.reservation(w.sem, w.m2, at("2027-06-16T13:00"), at("2027-06-16T14:00"), { purpose: "Self-use imaging" });
    const service = await t.make.blackout(w.instA, w.tem, at("2027-06-17T09:00"), at("2027-06-17T12:00"));
    await t.make.blackout(w.instB, null, at("2027-06-17T09:00"), at("2027-06-17T12:00"));
    const range = { from: at("2027-06-14T00:00"), to: at("2027-06-21T00:00") };
    const res = await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`).query(range).set(w.auth("staffA1"));
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe("Asia/Tokyo");
    expect(res.body.blackouts.map((b: { id: number }) => b.id)).toEqual([service.id]);
    expect(res.body.working[0]).toEqual({ start: at("2027-06-14T09:00"), end: at("2027-06-14T17:00") });
    const mine = res.body.items.find((i: { id: number }) => i.id === booked.body.reservation.id);
    expect(mine).toMatchObject({ assignedToMe: true, purpose: "Cross-section of a weld", sampleDescription: "Steel, 5 mm", company: { name: "Aoba Precision" }, status: "pending" });
    expect(res.body.items.find((i: { purpose: string }) => i.purpose === "Self-use imaging")).toMatchObject({ assignedToMe: false, company: { name: "Kitakami Coatings" } });

    const staffA2View = await t.http.get(`/api/staff-members/${w.staffA2.member.id}/schedule`).query(range).set(w.auth("staffA2"));
    expect(staffA2View.body.items.map((i: { id: number }) => i.id)).not.toContain(booked.body.reservation.id);

    for (const who of ["adminA", "coordinator", "staffA2"] as const) {
      expect((await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`).query(range).set(w.auth(who))).status).toBe(200);
    }
    for (const who of ["staffB", "adminB", "m1"] as const) {
      expect((await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`).query(range).set(w.auth(who))).status).toBe(404);
    }
    const bad = await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`).query({ from: "monday", to: range.to }).set(w.auth("staffA1"));
    expect(bad.status).toBe(400);
    const tooLong = await t.http.get(`/api/staff-members/${w.staffA1.member.id}/schedule`).query({ from: range.from, to: at("2027-12-01T00:00") }).set(w.auth("staffA1"));
    expect(tooLong.status).toBe(400);
  });

  test("today lists what is still ahead in the institution's day", async () => {
    t.clock.set(at("2027-06-15T11:00"));
    try {
      const res = await t.http.get(`/api/staff-members/${w.staffA1.member.id}/today`).set(w.auth("staffA1"));
      expect(res.status).toBe(200);
      expect(res.body.date).toBe("2027-06-15");
      expect(res.body.items.map((i: { purpose: string }) => i.purpose)).toEqual(["Cross-section of a weld"]);
      expect((await t.http.get(`/api/staff-members/${w.staffA1.member.id}/today`).set(w.auth("staffB"))).status).toBe(404);
      t.clock.set(at("2027-06-15T12:30"));
      expect((await t.http.get(`/api/staff-members/${w.staffA1.member.id}/today`).set(w.auth("staffA1"))).body.items).toEqual([]);
    } finally {
      t.clock.set("2027-06-07T00:00:00Z");
    }
  });
});

describe("time off", () => {
  test("refused with the assignments to hand over when it collides; accepted in hours or whole days otherwise", async () => {
    const { member, user } = await t.make.staff(w.instA, [w.sem]);
    const token = { authorization: `Bearer ${await t.login(user.email)}` };
    const assignment = await t.make.reservation(w.sem, w.m1, at("2027-06-22T10:00"), at("2027-06-22T12:00"), { assignedStaffId: member.id });
    const path = `/api/staff-members/${member.id}/time-off`;

    const clash = await t.http.post(path).set(token).send({ startDate: "2027-06-21", endDate: "2027-06-23", reason: "Conference" });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details).toMatchObject({ reason: "time_off_collides", assignments: [{ id: assignment.id, companyName: "Aoba Precision" }] });

    const days = await t.http.post(path).set(token).send({ startDate: "2027-06-23", endDate: "2027-06-24", reason: "Conference" });
    expect(days.status).toBe(201);
    expect(days.body.timeOff).toMatchObject({ start: at("2027-06-23T00:00"), end: at("2027-06-25T00:00"), reason: "Conference" });
    const hours = await t.http.post(path).set(w.auth("adminA")).send({ start: at("2027-06-22T13:00"), end: at("2027-06-22T15:00") });
    expect(hours.status).toBe(201);

    const listed = await t.http.get(path).query({ from: at("2027-06-21T00:00"), to: at("2027-06-28T00:00") }).set(w.auth("staffA1"));
    expect(listed.body.items).toHaveLength(2);

    for (const who of ["staffA1", "coordinator"] as const) expect((await t.http.post(path).set(w.auth(who)).send({ startDate: "2027-07-01", endDate: "2027-07-01" })).status).toBe(403);
    for (const who of ["staffB", "adminB", "m1"] as const) expect((await t.http.post(path).set(w.auth(who)).send({ startDate: "2027-07-01", endDate: "2027-07-01" })).status).toBe(404);

    expect((await t.http.delete(`${path}/${hours.body.timeOff.id}`).set(w.auth("staffA1"))).status).toBe(403);
    expect((await t.http.delete(`${path}/${hours.body.timeOff.id}`).set(token)).status).toBe(204);
    expect((await t.http.delete(`${path}/${hours.body.timeOff.id}`).set(token)).status).toBe(404);
  });

  test.each([
    ["nothing", {}],
    ["both forms", { start: "2027-07-01T00:00:00Z", end: "2027-07-02T00:00:00Z", startDate: "2027-07-01", endDate: "2027-07-01" }],
    ["end before start", { start: "2027-07-02T00:00:00Z", end: "2027-07-01T00:00:00Z" }],
    ["days reversed", { startDate: "2027-07-03", endDate: "2027-07-01" }],
    ["not a date", { startDate: "July", endDate: "2027-07-01" }],
    ["two years", { startDate: "2027-07-01", endDate: "2029-07-01" }],
  ])("400 for %s", async (_label, body) => {
    expect((await t.http.post(`/api/staff-members/${w.staffA2.member.id}/time-off`).set(w.auth("staffA2")).send(body)).status).toBe(400);
  });

  test("time off racing bookings that need the same person: never both", async () => {
    const institution = await t.make.institution();
    const instrument = await t.make.instrument(institution, { selfUse: false });
    const { member, user } = await t.make.staff(institution, [instrument]);
    const token = { authorization: `Bearer ${await t.login(user.email)}` };
    const bookings = [["10:00", "11:00"], ["11:00", "12:00"], ["13:00", "14:00"], ["14:00", "15:00"]].map(([from, to]) =>
      t.http.post("/api/reservations").set(w.auth("m1")).send({
        instrumentId: instrument.id, start: at(`2027-07-05T${from}`), end: at(`2027-07-05T${to}`), purpose: "Race", assistance: { type: "operation" },
      }),
    );
    const timeOff = t.http.post(`/api/staff-members/${member.id}/time-off`).set(token).send({ startDate: "2027-07-05", endDate: "2027-07-05" });
    const [off, ...booked] = await Promise.all([timeOff, ...bookings]);
    expect([off, ...booked].every((r) => [201, 409, 422].includes(r.status))).toBe(true);
    const offRows = await t.db.manager.getRepository(StaffTimeOff).findBy({ staffMemberId: member.id });
    const assignments = await t.db.manager.getRepository(Reservation).findBy({ assignedStaffId: member.id, status: "confirmed" });
    expect(offRows.length + assignments.length).toBeGreaterThan(0);
    for (const o of offRows) for (const a of assignments) expect(a.startsAt < o.endsAt && o.startsAt < a.endsAt).toBe(false);
    if (off.status === 409) expect(off.body.error.details.assignments.length).toBeGreaterThan(0);
  });

  test("the database refuses time off over an assignment, and an assignment over time off", async () => {
    const { member } = await t.make.staff(w.instA, [w.sem]);
    await t.make.reservation(w.sem, w.m1, at("2027-06-29T10:00"), at("2027-06-29T11:00"), { assignedStaffId: member.id });
    await expect(t.make.timeOff(member, at("2027-06-29T10:30"), at("2027-06-29T12:00"))).rejects.toThrow(/overlap:time_off/);
    await t.make.timeOff(member, at("2027-06-30T00:00"), at("2027-07-01T00:00"));
    await expect(t.make.reservation(w.tem, w.m1, at("2027-06-30T10:00"), at("2027-06-30T11:00"), { assignedStaffId: member.id })).rejects.toThrow(/overlap:staff_time_off/);
    expect(await t.db.manager.getRepository(StaffTimeOff).countBy({ staffMemberId: member.id })).toBe(1);
  });
});

describe("upcoming time off", () => {
  test("scope=upcoming lists what has not ended, beyond the 62-day window, paged; each can be deleted", async () => {
    const { member, user } = await t.make.staff(w.instA, [w.sem]);
    const token = { authorization: `Bearer ${await t.login(user.email)}` };
    const path = `/api/staff-members/${member.id}/time-off`;
    await t.make.timeOff(member, at("2027-06-01T00:00"), at("2027-06-02T00:00"));
    for (const day of ["2027-06-10", "2027-09-01", "2028-03-01"]) expect((await t.http.post(path).set(token).send({ startDate: day, endDate: day })).status).toBe(201);

    const first = await t.http.get(path).query({ scope: "upcoming", pageSize: 2 }).set(token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items.map((o: { start: string }) => o.start)).toEqual([at("2027-06-10T00:00"), at("2027-09-01T00:00")]);
    const second = await t.http.get(path).query({ scope: "upcoming", pageSize: 2, page: 2 }).set(w.auth("adminA"));
    expect(second.body.items.map((o: { start: string }) => o.start)).toEqual([at("2028-03-01T00:00")]);

    expect((await t.http.delete(`${path}/${second.body.items[0].id}`).set(token)).status).toBe(204);
    expect((await t.http.get(path).query({ scope: "upcoming" }).set(token)).body.total).toBe(2);
    expect((await t.http.get(path).query({ scope: "upcoming" }).set(w.auth("staffB"))).status).toBe(404);
  });

  test.each([
    ["neither scope nor range", {}],
    ["scope and range together", { scope: "upcoming", from: "2027-06-01T00:00:00Z", to: "2027-06-02T00:00:00Z" }],
    ["an unknown scope", { scope: "past" }],
    ["a range over 62 days", { from: "2027-06-01T00:00:00Z", to: "2028-06-01T00:00:00Z" }],
    ["a page size over the limit", { scope: "upcoming", pageSize: 1000 }],
  ])("400 with the documented body for %s", async (_label, query) => {
    const res = await t.http.get(`/api/staff-members/${w.staffA2.member.id}/time-off`).query(query).set(w.auth("staffA2"));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
  });
});
