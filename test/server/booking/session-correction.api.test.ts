import { AuditEvent, Reservation } from "../../../server/platform/db/entities";
import { at, type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({ now: "2027-06-20T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const corrections = async (id: number) =>
  (await t.db.manager.getRepository(AuditEvent).find({ where: { entityType: "reservation", entityId: id, action: "reservation.session_corrected" }, order: { id: "ASC" } }));

/** A staffed session on the 18th, already recorded as completed 10:00–12:00 with 120 staff minutes. */
async function recorded() {
  const r = await t.make.reservation(w.sem, w.m1, at("2027-06-18T10:00"), at("2027-06-18T12:00"), { assignedStaffId: w.staffA1.member.id });
  const first = await t.http.post(`/api/reservations/${r.id}/record`).set(w.auth("staffA1")).send({ outcome: "completed" });
  expect(first.status).toBe(200);
  return r;
}

describe("correcting a recorded session", () => {
  test("times, staff minutes and the outcome can be corrected; each correction is audited with before and after", async () => {
    const r = await recorded();
    const path = `/api/reservations/${r.id}/record`;
    const times = await t.http.post(path).set(w.auth("staffA2")).send({
      outcome: "completed", actualStart: at("2027-06-18T10:20"), actualEnd: at("2027-06-18T11:50"), staffMinutes: 45, note: "Started late",
    });
    expect(times.status).toBe(200);
    expect(times.body.reservation).toMatchObject({
      status: "completed", session: { actualStart: at("2027-06-18T10:20"), actualEnd: at("2027-06-18T11:50"), staffMinutes: 45, note: "Started late" },
    });
    const noShow = await t.http.post(path).set(w.auth("adminA")).send({ outcome: "no_show", note: "Recorded on the wrong booking" });
    expect(noShow.body.reservation).toMatchObject({ status: "no_show", session: { actualStart: null, actualEnd: null, staffMinutes: 0 } });

    const [first, second] = await corrections(r.id);
    expect(first.details).toMatchObject({
      before: { status: "completed", actualStart: at("2027-06-18T10:00"), actualEnd: at("2027-06-18T12:00"), staffMinutes: 120, note: null },
      after: { status: "completed", actualStart: at("2027-06-18T10:20"), actualEnd: at("2027-06-18T11:50"), staffMinutes: 45, note: "Started late" },
    });
    expect(second.details).toMatchObject({
      before: { status: "completed", staffMinutes: 45 },
      after: { status: "no_show", actualStart: null, actualEnd: null, staffMinutes: 0, note: "Recorded on the wrong booking" },
    });
    expect(second.actorUserId).toBe(w.adminA.id);

    const history = await t.http.get(`/api/reservations/${r.id}/events`).set(w.auth("staffA1"));
    expect(history.body.items.filter((e: { action: string }) => e.action === "reservation.session_corrected")).toHaveLength(2);
  });

  test("a company member, the coordinator and staff of another institution cannot correct it; nothing changes", async () => {
    const r = await recorded();
    const path = `/api/reservations/${r.id}/record`;
    const body = { outcome: "no_show" };
    for (const who of ["m1", "coordinator"] as const) {
      const res = await t.http.post(path).set(w.auth(who)).send(body);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    for (const who of ["staffB", "adminB", "m2"] as const) {
      const res = await t.http.post(path).set(w.auth(who)).send(body);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    expect((await t.db.manager.getRepository(Reservation).findOneByOrFail({ id: r.id })).status).toBe("completed");
    expect(await corrections(r.id)).toHaveLength(0);
  });

  test.each([
    ["an unknown outcome", { outcome: "partly" }],
    ["times on a no-show", { outcome: "no_show", actualStart: at("2027-06-18T10:00") }],
    ["an end before the start", { outcome: "completed", actualStart: at("2027-06-18T11:00"), actualEnd: at("2027-06-18T10:30") }],
    ["negative staff minutes", { outcome: "completed", staffMinutes: -10 }],
    ["fractional staff minutes", { outcome: "completed", staffMinutes: 12.5 }],
    ["an end in the future", { outcome: "completed", actualEnd: at("2027-06-21T10:00") }],
    ["a start that is not an instant", { outcome: "completed", actualStart: "yesterday" }],
  ])("a correction with %s is a 400 with the error body, and the record stays as it was", async (_label, body) => {
    const r = await recorded();
    const before = await t.db.manager.getRepository(Reservation).findOneByOrFail({ id: r.id });
    const res = await t.http.post(`/api/reservations/${r.id}/record`).set(w.auth("staffA1")).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const after = await t.db.manager.getRepository(Reservation).findOneByOrFail({ id: r.id });
    expect({ status: after.status, staffMinutes: after.staffMinutes, revision: after.revision }).toEqual({ status: before.status, staffMinutes: before.staffMinutes, revision: before.revision });
    expect(await corrections(r.id)).toHaveLength(0);
  });
});
