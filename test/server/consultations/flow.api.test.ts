import { AuditEvent, ConsultationMessage, ConsultationRoute } from "../../../server/platform/db/entities";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World, type WorldRole } from "../../helpers/world";

let t: TestApp;
let w: World;
useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const post = (who: WorldRole, path: string, body: object = {}) => t.http.post(path).set(w.auth(who)).send(body);
async function newNeed(share = false): Promise<number> {
  const res = await post("m1", "/api/consultations", { summary: "Cracks in coated bolts", details: "Hairline cracks after salt spray.", shareWithOtherInstitutions: share });
  expect(res.status).toBe(201);
  return res.body.consultation.id;
}

describe("the desk, step by step", () => {
  test("routed, assigned, answered, closed, reopened; the company sees each step", async () => {
    const id = await newNeed();
    expect((await post("m1", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id] })).status).toBe(403);
    const routed = await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id] });
    expect(routed.status).toBe(200);
    expect(routed.body.consultation).toMatchObject({ status: "routed", institutions: [{ id: w.instA.id }] });
    // Institution B is not routed: it does not see the request.
    expect((await t.http.get(`/api/consultations/${id}`).set(w.auth("staffB"))).status).toBe(404);
    expect((await t.http.get(`/api/consultations/${id}`).set(w.auth("staffA2"))).status).toBe(200);

    expect((await post("staffA1", `/api/consultations/${id}/assign`, { staffMemberId: w.staffA1.member.id })).status).toBe(403);
    expect((await post("adminB", `/api/consultations/${id}/assign`, { staffMemberId: w.staffB.member.id })).status).toBe(404);
    const wrongStaff = await post("coordinator", `/api/consultations/${id}/assign`, { staffMemberId: w.staffB.member.id });
    expect(wrongStaff.status).toBe(422);
    expect(wrongStaff.body.error.details.reason).toBe("staff_not_routed");
    const assigned = await post("adminA", `/api/consultations/${id}/assign`, { staffMemberId: w.staffA1.member.id });
    expect(assigned.body.consultation).toMatchObject({ status: "assigned", assignedStaff: [{ staffMemberId: w.staffA1.member.id }], can: { assign: true } });

    // Staff of the routed institution who are not assigned read but do not write.
    expect((await post("staffA2", `/api/consultations/${id}/messages`, { body: "Me too" })).status).toBe(403);
    expect((await post("m1", `/api/consultations/${id}/messages`, { body: "Photos attached next." })).body.consultation.status).toBe("assigned");
    const answered = await post("staffA1", `/api/consultations/${id}/messages`, { body: "Looks like hydrogen embrittlement; SEM of the fracture surface would tell." });
    expect(answered.status).toBe(201);
    expect(answered.body.consultation.status).toBe("answered");
    expect(answered.body.consultation.messages.map((m: { author: { side: string } }) => m.author.side)).toEqual(["company", "institution"]);

    expect((await post("staffA2", `/api/consultations/${id}/advice-time`, { minutes: 30, date: "2027-06-07" })).status).toBe(403);
    expect((await post("m1", `/api/consultations/${id}/advice-time`, { minutes: 30, date: "2027-06-07" })).status).toBe(403);
    const advice = await post("staffA1", `/api/consultations/${id}/advice-time`, { minutes: 45, date: "2027-06-07", note: "Call" });
    expect(advice.status).toBe(201);
    expect(advice.body.consultation.adviceTime).toMatchObject([{ minutes: 45, date: "2027-06-07" }]);

    const closed = await post("staffA1", `/api/consultations/${id}/close`, { reason: "resolved", outcomeSummary: "Baking after plating fixed it.", outcomeShared: false });
    expect(closed.body.consultation).toMatchObject({ status: "closed", closedReason: "resolved", outcomeSummary: "Baking after plating fixed it." });
    const asCompany = await t.http.get(`/api/consultations/${id}`).set(w.auth("m1"));
    expect(asCompany.body.consultation).toMatchObject({ outcomeSummary: null, adviceTime: [], can: { reopen: true, message: false } });
    expect(asCompany.body.consultation.timeline.map((e: { step: string }) => e.step)).toEqual(["received", "routed", "assigned", "answered", "closed"]);
    expect((await post("m1", `/api/consultations/${id}/messages`, { body: "One more thing" })).status).toBe(422);

    expect((await post("staffA1", `/api/consultations/${id}/reopen`)).status).toBe(403);
    const reopened = await post("m1", `/api/consultations/${id}/reopen`);
    expect(reopened.body.consultation).toMatchObject({ status: "assigned", closedReason: null });
    expect((await post("m1", `/api/consultations/${id}/reopen`)).status).toBe(422);
  });

  test("a second institution, or rerouting, needs the company's consent (422 consent_required)", async () => {
    const id = await newNeed(false);
    const both = await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id, w.instB.id] });
    expect(both.status).toBe(422);
    expect(both.body.error.details.reason).toBe("consent_required");
    expect(await t.db.manager.getRepository(ConsultationRoute).countBy({ consultationId: id })).toBe(0);
    expect((await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id] })).status).toBe(200);
    expect((await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instB.id] })).body.error.details.reason).toBe("consent_required");

    const shared = await newNeed(true);
    await post("coordinator", `/api/consultations/${shared}/route`, { institutionIds: [w.instA.id] });
    const rerouted = await post("coordinator", `/api/consultations/${shared}/route`, { institutionIds: [w.instB.id] });
    expect(rerouted.body.consultation.institutions).toEqual([expect.objectContaining({ id: w.instB.id })]);
    expect((await t.http.get(`/api/consultations/${shared}`).set(w.auth("adminA"))).status).toBe(404);
    expect((await t.http.get(`/api/consultations/${shared}`).set(w.auth("adminB"))).status).toBe(200);
  });

  test("the company withdraws; another company cannot touch it (404)", async () => {
    const id = await newNeed();
    expect((await post("m2", `/api/consultations/${id}/close`, { reason: "resolved" })).status).toBe(404);
    expect((await post("m2", `/api/consultations/${id}/messages`, { body: "hi" })).status).toBe(404);
    const withdrawn = await post("m1", `/api/consultations/${id}/close`, { reason: "resolved", outcomeSummary: "ignored" });
    expect(withdrawn.body.consultation).toMatchObject({ status: "closed", closedReason: "withdrawn", outcomeSummary: null });
  });

  test("bad input: 400, nothing saved", async () => {
    const id = await newNeed();
    const before = await t.db.manager.getRepository(AuditEvent).countBy({ entityType: "consultation", entityId: id });
    const bad: [WorldRole, string, object][] = [
      ["coordinator", "route", { institutionIds: [] }],
      ["coordinator", "route", { institutionIds: ["x"] }],
      ["coordinator", "assign", {}],
      ["m1", "messages", { body: "" }],
      ["m1", "close", { reason: "bored" }],
    ];
    for (const [who, path, body] of bad) {
      const res = await post(who, `/api/consultations/${id}/${path}`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await t.db.manager.getRepository(ConsultationMessage).countBy({ consultationId: id })).toBe(0);
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ entityType: "consultation", entityId: id })).toBe(before);
  });
});

describe("GET /api/consultations", () => {
  test("each role sees its own list", async () => {
    const id = await newNeed();
    await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instB.id] });
    const ids = async (who: WorldRole, query = "") => (await t.http.get(`/api/consultations${query}`).set(w.auth(who))).body.items.map((c: { id: number }) => c.id);
    expect(await ids("m1")).toContain(id);
    expect(await ids("m2")).not.toContain(id);
    expect(await ids("staffB")).toContain(id);
    expect(await ids("adminB")).toContain(id);
    expect(await ids("coordinator", "?status=routed")).toContain(id);
    expect(await ids("coordinator", "?status=received")).not.toContain(id);
    const page = await t.http.get("/api/consultations?state=open").set(w.auth("coordinator"));
    expect(page.body.total).toBeGreaterThanOrEqual(page.body.items.length);
    expect((await t.http.get("/api/consultations?status=nope").set(w.auth("coordinator"))).status).toBe(400);
  });
});

test("adviceMinutesByInstitution sums the logged minutes per institution over a date range", async () => {
  const { adviceMinutesByInstitution } = await import("../../../server/consultations");
  const id = await newNeed();
  await post("coordinator", `/api/consultations/${id}/route`, { institutionIds: [w.instA.id] });
  await post("adminA", `/api/consultations/${id}/assign`, { staffMemberId: w.staffA2.member.id });
  await post("staffA2", `/api/consultations/${id}/advice-time`, { minutes: 20, date: "2027-08-01" });
  await post("staffA2", `/api/consultations/${id}/advice-time`, { minutes: 40, date: "2027-08-02" });
  await post("staffA2", `/api/consultations/${id}/advice-time`, { minutes: 99, date: "2027-09-01" });
  const minutes = await adviceMinutesByInstitution(t.db.manager, "2027-08-01", "2027-08-31");
  expect(minutes.get(w.instA.id)).toBe(60);
  expect(minutes.get(w.instB.id)).toBeUndefined();
});
