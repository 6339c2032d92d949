import { AuditEvent, Reservation } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const book = async (day: string, from: string, to: string, instrumentId = w.sem.id) => {
  const res = await t.http.post("/api/reservations").set(w.auth("m1")).send({
    instrumentId, start: at(`${day}T${from}`), end: at(`${day}T${to}`), purpose: "Weld inspection", assistance: { type: "operation" },
  });
  expect(res.status).toBe(201);
  return res.body.reservation as { id: number; assignedStaffId: number; assistance: { status: string } };
};
const other = (staffMemberId: number) => (staffMemberId === w.staffA1.member.id ? "staffA2" : "staffA1");
const who = (staffMemberId: number) => (staffMemberId === w.staffA1.member.id ? "staffA1" : "staffA2");

describe("accept", () => {
  test("only the assigned staff member accepts; the company sees it", async () => {
    const r = await book("2027-06-09", "10:00", "11:00");
    expect(r.assistance.status).toBe("assigned");
    const path = `/api/assistance-requests/${r.id}/accept`;
    for (const caller of [other(r.assignedStaffId), "adminA", "coordinator"] as const) expect((await t.http.post(path).set(w.auth(caller))).status).toBe(403);
    for (const caller of ["staffB", "adminB", "m2", "m1"] as const) expect((await t.http.post(path).set(w.auth(caller))).status).toBe(404);
    const res = await t.http.post(path).set(w.auth(who(r.assignedStaffId)));
    expect(res.status).toBe(200);
    expect(res.body.reservation.assistance.status).toBe("accepted");
    expect((await t.http.get(`/api/reservations/${r.id}`).set(w.auth("m1"))).body.reservation.assistance.status).toBe("accepted");
    expect((await t.http.post(path).set(w.auth(who(r.assignedStaffId)))).status).toBe(422);
    expect((await t.http.post("/api/assistance-requests/abc/accept").set(w.auth("staffA1"))).status).toBe(400);
  });
});

describe("decline and handover", () => {
  test("declining hands the request to a free colleague; with nobody free it is unstaffed and the company sees it", async () => {
    const r = await book("2027-06-10", "10:00", "11:00");
    const first = r.assignedStaffId;
    const declined = await t.http.post(`/api/assistance-requests/${r.id}/decline`).set(w.auth(who(first))).send({ reason: "Training course that day" });
    expect(declined.status).toBe(200);
    const second = declined.body.reservation.assignedStaffId;
    expect(second).not.toBe(first);
    expect(declined.body.reservation.assistance.status).toBe("assigned");

    const again = await t.http.post(`/api/assistance-requests/${r.id}/decline`).set(w.auth(who(second))).send({ reason: "Off sick" });
    expect(again.status).toBe(200);
    expect(again.body.reservation).toMatchObject({ assignedStaffId: null, assistance: { status: "unstaffed", staff: null }, status: "confirmed" });
    expect((await t.http.get(`/api/reservations/${r.id}`).set(w.auth("m1"))).body.reservation.assistance.status).toBe("unstaffed");

    const audit = await t.db.manager.getRepository(AuditEvent).find({ where: { entityId: r.id, entityType: "reservation" }, order: { id: "ASC" } });
    expect(audit.map((e) => e.action)).toEqual([
      "reservation.created", "reservation.assistance_declined", "reservation.reassigned", "reservation.assistance_declined", "reservation.unstaffed",
    ]);
    expect(audit[4]).toMatchObject({ companyId: w.c1.id, reason: "Off sick" });

    const open = await t.http.get("/api/assistance-requests").query({ status: "unstaffed" }).set(w.auth("staffA1"));
    expect(open.body.items.map((i: { id: number }) => i.id)).toContain(r.id);
    expect((await t.http.get("/api/assistance-requests").query({ status: "unstaffed" }).set(w.auth("staffB"))).body.items).toEqual([]);

    const taken = await t.http.post(`/api/assistance-requests/${r.id}/reassign`).set(w.auth("staffA1")).send({ staffMemberId: w.staffA1.member.id, reason: "I can do it after all" });
    expect(taken.status).toBe(200);
    expect(taken.body.reservation.assistance).toMatchObject({ status: "assigned", staff: { id: w.staffA1.member.id } });
  });

  test("a decline needs a reason and the assignee (or an admin)", async () => {
    const r = await book("2027-06-11", "10:00", "11:00");
    const path = `/api/assistance-requests/${r.id}/decline`;
    expect((await t.http.post(path).set(w.auth(who(r.assignedStaffId))).send({})).status).toBe(400);
    expect((await t.http.post(path).set(w.auth(who(r.assignedStaffId))).send({ reason: " " })).status).toBe(400);
    expect((await t.http.post(path).set(w.auth(other(r.assignedStaffId))).send({ reason: "x" })).status).toBe(403);
    expect((await t.http.post(path).set(w.auth("coordinator")).send({ reason: "x" })).status).toBe(403);
    expect((await t.http.post(path).set(w.auth("staffB")).send({ reason: "x" })).status).toBe(404);
    expect((await t.http.post(path).set(w.auth("adminA")).send({ reason: "Reorganising the rota" })).status).toBe(200);
  });

  test("reassign to a named colleague is re-checked: qualified, working, free — never double-committed", async () => {
    const r = await book("2027-06-14", "10:00", "12:00");
    const target = other(r.assignedStaffId);
    const targetId = target === "staffA1" ? w.staffA1.member.id : w.staffA2.member.id;
    const busy = await t.make.reservation(w.tem, w.m2, at("2027-06-14T11:00"), at("2027-06-14T13:00"), { assignedStaffId: targetId, status: "confirmed" });
    const path = `/api/assistance-requests/${r.id}/reassign`;
    const clash = await t.http.post(path).set(w.auth("adminA")).send({ staffMemberId: targetId });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.reason).toBe("staff_unavailable");
    const foreign = await t.http.post(path).set(w.auth("adminA")).send({ staffMemberId: w.staffB.member.id });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details.reason).toBe("staff_not_qualified");
    const same = await t.http.post(path).set(w.auth("adminA")).send({ staffMemberId: r.assignedStaffId });
    expect(same.body.error.details.reason).toBe("invalid_target");
    expect((await t.http.post(path).set(w.auth(target)).send({ staffMemberId: targetId })).status).toBe(403);

    await t.db.write((em) => em.getRepository(Reservation).update(busy.id, { status: "cancelled" }));
    const moved = await t.http.post(path).set(w.auth(who(r.assignedStaffId))).send({ staffMemberId: targetId, reason: "Swap" });
    expect(moved.status).toBe(200);
    expect(moved.body.reservation.assignedStaffId).toBe(targetId);
    expect((await t.http.post(path).set(w.auth("m1")).send({})).status).toBe(404);
    expect((await t.http.post(path).set(w.auth("adminA")).send({ staffMemberId: "two" })).status).toBe(400);
  });

  test("concurrent reassignments of two requests to one colleague: only one wins", async () => {
    const a = await book("2027-06-17", "10:00", "12:00", w.sem.id);
    const { member } = await t.make.staff(w.instA, [w.sem, w.tem]);
    const b = await t.make.reservation(w.tem, w.m2, at("2027-06-17T10:00"), at("2027-06-17T12:00"), { assignedStaffId: null, assistanceType: "operation", assistanceStatus: "unstaffed" });
    const results = await Promise.all([
      t.http.post(`/api/assistance-requests/${a.id}/reassign`).set(w.auth("adminA")).send({ staffMemberId: member.id }),
      t.http.post(`/api/assistance-requests/${b.id}/reassign`).set(w.auth("adminA")).send({ staffMemberId: member.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const assigned = await t.db.manager.getRepository(Reservation).countBy({ assignedStaffId: member.id, status: "confirmed" });
    expect(assigned).toBe(1);
  });
});

describe("time off after a handover", () => {
  test("the refused time off lists the assignment; handing it over (to anyone free) clears the way", async () => {
    const r = await book("2027-06-24", "10:00", "11:00");
    const mine = who(r.assignedStaffId);
    const path = `/api/staff-members/${r.assignedStaffId}/time-off`;
    const refused = await t.http.post(path).set(w.auth(mine)).send({ startDate: "2027-06-24", endDate: "2027-06-24" });
    expect(refused.body.error.details.assignments.map((a: { id: number }) => a.id)).toEqual([r.id]);
    const handed = await t.http.post(`/api/assistance-requests/${r.id}/reassign`).set(w.auth(mine)).send({ reason: "Day off" });
    expect(handed.body.reservation.assignedStaffId).not.toBe(r.assignedStaffId);
    expect(handed.body.reservation.assignedStaffId).not.toBeNull();
    expect((await t.http.post(path).set(w.auth(mine)).send({ startDate: "2027-06-24", endDate: "2027-06-24" })).status).toBe(201);
  });
});

describe("GET /api/assistance-requests", () => {
  test("scoped by institution, filtered by status and mine", async () => {
    const mine = await t.http.get("/api/assistance-requests").query({ mine: "true" }).set(w.auth("staffA1"));
    expect(mine.status).toBe(200);
    expect(mine.body.items.every((i: { assignedStaffId: number }) => i.assignedStaffId === w.staffA1.member.id)).toBe(true);
    const accepted = await t.http.get("/api/assistance-requests").query({ status: "accepted" }).set(w.auth("adminA"));
    expect(accepted.body.items.length).toBeGreaterThan(0);
    expect(accepted.body.items.every((i: { assistance: { status: string } }) => i.assistance.status === "accepted")).toBe(true);
    const all = await t.http.get("/api/assistance-requests").set(w.auth("coordinator"));
    expect(all.status).toBe(200);
    expect((await t.http.get("/api/assistance-requests").set(w.auth("m1"))).status).toBe(403);
    expect((await t.http.get("/api/assistance-requests").query({ institutionId: w.instA.id }).set(w.auth("staffB"))).status).toBe(403);
    expect((await t.http.get("/api/assistance-requests").query({ status: "lost" }).set(w.auth("staffA1"))).status).toBe(400);
  });
});

describe("POST /api/reservations/:id/record", () => {
  test("completed with actual times and staff minutes, once the session has started", async () => {
    const r = await book("2027-06-18", "10:00", "12:00");
    const path = `/api/reservations/${r.id}/record`;
    const early = await t.http.post(path).set(w.auth("staffA1")).send({ outcome: "completed" });
    expect(early.status).toBe(422);
    expect(early.body.error.details.reason).toBe("session_not_started");
    t.clock.set(at("2027-06-18T13:00"));
    try {
      for (const caller of ["m1", "coordinator"] as const) expect((await t.http.post(path).set(w.auth(caller)).send({ outcome: "completed" })).status).toBe(403);
      for (const caller of ["staffB", "adminB", "m2"] as const) expect((await t.http.post(path).set(w.auth(caller)).send({ outcome: "completed" })).status).toBe(404);
      const res = await t.http.post(path).set(w.auth("staffA2")).send({
        outcome: "completed", actualStart: at("2027-06-18T10:15"), actualEnd: at("2027-06-18T12:10"), staffMinutes: 130, note: "Extra polishing",
      });
      expect(res.status).toBe(200);
      expect(res.body.reservation).toMatchObject({
        status: "completed",
        session: { actualStart: at("2027-06-18T10:15"), actualEnd: at("2027-06-18T12:10"), staffMinutes: 130, note: "Extra polishing" },
      });
      const corrected = await t.http.post(path).set(w.auth("adminA")).send({ outcome: "completed" });
      expect(corrected.body.reservation.session).toMatchObject({ actualStart: at("2027-06-18T10:00"), actualEnd: at("2027-06-18T12:00"), staffMinutes: 120 });
      const actions = (await t.db.manager.getRepository(AuditEvent).findBy({ entityId: r.id, entityType: "reservation" })).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(["reservation.completed", "reservation.session_corrected"]));
    } finally {
      t.clock.set("2027-06-07T00:00:00Z");
    }
  });

  test("no-show; cancelled reservations cannot be recorded; bad input is a 400", async () => {
    await t.make.qualification(w.m1, w.sem);
    const noShow = await t.make.reservation(w.sem, w.m1, at("2027-06-16T10:00"), at("2027-06-16T11:00"));
    const cancelled = await t.make.reservation(w.sem, w.m1, at("2027-06-16T13:00"), at("2027-06-16T14:00"), { status: "cancelled" });
    t.clock.set(at("2027-06-16T15:00"));
    try {
      const res = await t.http.post(`/api/reservations/${noShow.id}/record`).set(w.auth("staffA1")).send({ outcome: "no_show", note: "Nobody came" });
      expect(res.status).toBe(200);
      expect(res.body.reservation).toMatchObject({ status: "no_show", session: { actualStart: null, staffMinutes: 0 } });
      const refused = await t.http.post(`/api/reservations/${cancelled.id}/record`).set(w.auth("staffA1")).send({ outcome: "completed" });
      expect(refused.body.error.details.reason).toBe("invalid_transition");
      for (const body of [
        {},
        { outcome: "finished" },
        { outcome: "no_show", actualStart: at("2027-06-16T10:00") },
        { outcome: "completed", actualStart: at("2027-06-16T11:00"), actualEnd: at("2027-06-16T10:00") },
        { outcome: "completed", staffMinutes: -5 },
        { outcome: "completed", actualEnd: at("2027-06-16T18:00") },
      ]) {
        expect((await t.http.post(`/api/reservations/${noShow.id}/record`).set(w.auth("staffA1")).send(body)).status).toBe(400);
      }
    } finally {
      t.clock.set("2027-06-07T00:00:00Z");
    }
  });
});
