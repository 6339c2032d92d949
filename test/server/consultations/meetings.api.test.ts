import { AuditEvent, ConsultationMeeting, Notification, StaffTimeOff } from "../../../server/platform/db/entities";
import { dispatchOnce } from "../../../server/notifications";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World, type WorldRole } from "../../helpers/world";
import { assignedConsultation } from "./meeting-world";

let t: TestApp;
let w: World;
useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world])); // a Monday

const post = (who: WorldRole, path: string, body: object = {}) => t.http.post(path).set(w.auth(who)).send(body);
const propose = (who: WorldRole, id: number, start: string, end: string, extra: object = {}) =>
  post(who, `/api/consultations/${id}/meetings`, { kind: "call", start: at(start), end: at(end), ...extra });
const meetingCount = () => t.db.manager.getRepository(ConsultationMeeting).count();
const dispatchAll = async () => {
  while ((await dispatchOnce(t.db, t.clock, {})) > 0);
};
const kindsOf = async (userId: number) => (await t.db.manager.getRepository(Notification).find({ where: { userId }, order: { id: "ASC" } })).map((n) => n.kind);
/** Staff operation on the TEM, which only staffA1 supports (it needs approval: pending, but the time is held). */
const bookTem = (start: string, end: string) =>
  post("m1", "/api/reservations", { instrumentId: w.tem.id, start: at(start), end: at(end), purpose: "Void analysis", assistance: { type: "operation" } });

describe("proposing a meeting", () => {
  test("the assigned staff member proposes; the company sees it; nobody else may", async () => {
    const id = await assignedConsultation(t, w);
    const res = await propose("staffA1", id, "2027-06-09T10:00", "2027-06-09T11:00", { kind: "visit", note: "Bring two samples" });
    expect(res.status).toBe(201);
    expect(res.body.meeting).toMatchObject({
      kind: "visit", start: at("2027-06-09T10:00"), end: at("2027-06-09T11:00"), note: "Bring two samples", status: "proposed", canCancel: true,
      staff: { staffMemberId: w.staffA1.member.id },
    });
    expect(res.body.consultation.meetings).toHaveLength(1);
    const asCompany = await t.http.get(`/api/consultations/${id}`).set(w.auth("m1"));
    expect(asCompany.body.consultation.meetings).toMatchObject([{ kind: "visit", status: "proposed", canCancel: false }]);
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "consultation.meeting_proposed", entityId: id })).toBe(1);

    const before = await meetingCount();
    for (const who of ["staffA2", "adminA", "m1", "coordinator"] as const) {
      expect((await propose(who, id, "2027-06-09T14:00", "2027-06-09T15:00")).status).toBe(403);
    }
    for (const who of ["staffB", "adminB", "m2"] as const) {
      const refused = await propose(who, id, "2027-06-09T14:00", "2027-06-09T15:00");
      expect(refused.status).toBe(404);
      expect(refused.body.error.code).toBe("not_found");
    }
    expect(await meetingCount()).toBe(before);
  });

  test("bad input → 400 with the error body, nothing saved", async () => {
    const id = await assignedConsultation(t, w);
    const before = await meetingCount();
    const bodies = [
      { kind: "lunch", start: at("2027-06-09T10:00"), end: at("2027-06-09T11:00") },
      { kind: "call", start: at("2027-06-09T11:00"), end: at("2027-06-09T10:00") },
      { kind: "call", start: at("2027-06-09T08:00"), end: at("2027-06-09T17:00") },
      { kind: "call", start: "2027-06-09T10:00:00", end: "2027-06-09T11:00:00" },
      { kind: "call", start: at("2027-06-09T10:00"), end: at("2027-06-09T11:00"), note: "x".repeat(1001) },
      {},
    ];
    for (const body of bodies) {
      const res = await post("staffA1", `/api/consultations/${id}/meetings`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect((await post("staffA1", `/api/consultations/abc/meetings`, bodies[0])).status).toBe(400);
    expect(await meetingCount()).toBe(before);
  });

  test("outside working hours, in the past, or on a closed consultation → 422 with a reason", async () => {
    const id = await assignedConsultation(t, w);
    const evening = await propose("staffA1", id, "2027-06-09T17:00", "2027-06-09T18:00");
    expect(evening.status).toBe(422);
    expect(evening.body.error.details.reason).toBe("outside_working_hours");
    expect((await propose("staffA1", id, "2027-06-12T10:00", "2027-06-12T11:00")).body.error.details.reason).toBe("outside_working_hours");
    expect((await propose("staffA1", id, "2027-06-04T10:00", "2027-06-04T11:00")).body.error.details.reason).toBe("in_past");
    await post("staffA1", `/api/consultations/${id}/close`, { reason: "resolved" });
    const closed = await propose("staffA1", id, "2027-06-16T10:00", "2027-06-16T11:00");
    expect(closed.status).toBe(422);
    expect(closed.body.error.details.reason).toBe("invalid_transition");
  });
});

describe("the staff member's time is held once", () => {
  test("a meeting over an assignment, time off or another meeting → 409, nothing saved", async () => {
    const id = await assignedConsultation(t, w);
    const other = await assignedConsultation(t, w, "Paint adhesion");
    expect((await bookTem("2027-06-14T13:00", "2027-06-14T15:00")).status).toBe(201);
    await t.db.manager.getRepository(StaffTimeOff).insert({ staffMemberId: w.staffA1.member.id, startsAt: new Date(at("2027-06-15T09:00")), endsAt: new Date(at("2027-06-15T12:00")), reason: "Doctor" });
    expect((await propose("staffA1", other, "2027-06-16T10:00", "2027-06-16T11:00")).status).toBe(201);
    const before = await meetingCount();

    const assignment = await propose("staffA1", id, "2027-06-14T14:30", "2027-06-14T15:30");
    expect(assignment.status).toBe(409);
    expect(assignment.body.error.details.reason).toBe("meeting_overlaps_assignment");
    expect((await propose("staffA1", id, "2027-06-15T11:00", "2027-06-15T12:30")).body.error.details.reason).toBe("meeting_overlaps_time_off");
    const meeting = await propose("staffA1", id, "2027-06-16T10:30", "2027-06-16T11:30");
    expect(meeting.status).toBe(409);
    expect(meeting.body.error.details.reason).toBe("meeting_overlaps_meeting");
    expect(await meetingCount()).toBe(before);
    // Back to back is fine.
    expect((await propose("staffA1", id, "2027-06-16T11:00", "2027-06-16T12:00")).status).toBe(201);
    // And time off is refused over a meeting.
    const off = await post("staffA1", `/api/staff-members/${w.staffA1.member.id}/time-off`, { startDate: "2027-06-16", endDate: "2027-06-16" });
    expect(off.status).toBe(409);
    expect(off.body.error.details.reason).toBe("time_off_collides_meeting");
  });

  test("bookings refuse to commit the staff member during a meeting, and booking forms show them busy", async () => {
    const id = await assignedConsultation(t, w);
    expect((await propose("staffA1", id, "2027-06-17T10:00", "2027-06-17T11:00")).status).toBe(201);
    const refused = await bookTem("2027-06-17T10:30", "2027-06-17T12:00");
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe("staff_unavailable");
    const slots = await t.http.get(`/api/instruments/${w.tem.id}/availability`).query({ from: at("2027-06-17T09:00"), to: at("2027-06-17T12:00") });
    const assisted = (s: string) => slots.body.slots.find((slot: { start: string }) => Date.parse(slot.start) === Date.parse(at(s)))?.assistanceAvailable;
    expect([assisted("2027-06-17T09:30"), assisted("2027-06-17T10:00"), assisted("2027-06-17T10:30"), assisted("2027-06-17T11:00")]).toEqual([true, false, false, true]);
    // The SEM has a second staff member: the booking goes to them.
    const sem = await post("m1", "/api/reservations", { instrumentId: w.sem.id, start: at("2027-06-17T10:00"), end: at("2027-06-17T11:00"), purpose: "Fractography", assistance: { type: "operation" } });
    expect(sem.status).toBe(201);
    expect(sem.body.reservation.assignedStaffId).toBe(w.staffA2.member.id);
    // Handing it to staffA1 during their meeting is refused too.
    const handover = await post("adminA", `/api/assistance-requests/${sem.body.reservation.id}/reassign`, { staffMemberId: w.staffA1.member.id });
    expect(handover.status).toBe(409);
    expect(handover.body.error.details.reason).toBe("staff_unavailable");
  });
});

describe("cancelling", () => {
  test("the staff member or an admin of their institution cancels; the time is free again; the people concerned are told", async () => {
    const id = await assignedConsultation(t, w);
    const proposed = await propose("staffA1", id, "2027-06-18T10:00", "2027-06-18T11:00");
    const path = `/api/consultations/${id}/meetings/${proposed.body.meeting.id}/cancel`;
    await dispatchAll();
    expect(await kindsOf(w.m1.id)).toContain("consultation_meeting_proposed");

    expect((await post("m1", path)).status).toBe(403);
    expect((await post("staffA2", path)).status).toBe(403);
    expect((await post("staffB", path)).status).toBe(404);
    expect((await post("m2", path)).status).toBe(404);
    expect((await post("staffA1", `/api/consultations/${id}/meetings/999999/cancel`)).status).toBe(404);
    const cancelled = await post("adminA", path);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.meeting).toMatchObject({ status: "cancelled", canCancel: false });
    const again = await post("staffA1", path);
    expect(again.status).toBe(422);
    expect(again.body.error.details.reason).toBe("invalid_transition");
    expect((await bookTem("2027-06-18T10:00", "2027-06-18T11:00")).status).toBe(201);

    await dispatchAll();
    expect(await kindsOf(w.m1.id)).toContain("consultation_meeting_cancelled");
    expect(await kindsOf(w.staffA1.user.id)).toContain("consultation_meeting_cancelled");
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ action: "consultation.meeting_cancelled", entityId: id })).toBe(1);
  });
});

describe("closing the consultation", () => {
  test("cancels its meetings still to come: the staff member's time is free again and the company is told", async () => {
    const id = await assignedConsultation(t, w, "Closed with a visit planned");
    const proposed = await propose("staffA1", id, "2027-06-21T10:00", "2027-06-21T11:00", { kind: "visit" });
    expect(proposed.status).toBe(201);
    expect((await bookTem("2027-06-21T10:00", "2027-06-21T11:00")).status).toBe(409);
    await dispatchAll();

    expect((await post("staffA1", `/api/consultations/${id}/close`, { reason: "resolved" })).status).toBe(200);
    const page = await t.http.get(`/api/consultations/${id}`).set(w.auth("m1"));
    expect(page.body.consultation.meetings).toMatchObject([{ id: proposed.body.meeting.id, status: "cancelled" }]);
    const audits = await t.db.manager.getRepository(AuditEvent).findBy({ action: "consultation.meeting_cancelled", entityId: id });
    expect(audits.map((a) => a.details)).toMatchObject([{ meetingId: proposed.body.meeting.id, reason: "consultation_closed" }]);
    expect((await bookTem("2027-06-21T10:00", "2027-06-21T11:00")).status).toBe(201);
    await dispatchAll();
    expect(await kindsOf(w.m1.id)).toContain("consultation_meeting_cancelled");
  });
});
