import { AuditEvent, Consultation } from "../../../server/platform/db/entities";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;
useWorld({ now: "2027-06-07T00:00:00Z" }, (app, world) => ([t, w] = [app, world]));

const need = {
  summary: "Why do our coated bolts crack after salt spray?",
  details: "Zinc-nickel coated M8 bolts show hairline cracks after 96 h of salt spray.",
  material: "Zn-Ni coating on steel",
  sampleCount: 5,
  desiredBy: "2027-07-31",
};
const count = () => t.db.manager.getRepository(Consultation).count();

describe("POST /api/consultations", () => {
  test("a company member sends a need: 201, received, audited, visible to its company", async () => {
    const res = await t.http.post("/api/consultations").set(w.auth("m1")).send({ ...need, instrumentId: w.sem.id, contact: { name: "Sato", phone: "022-000-0000" } });
    expect(res.status).toBe(201);
    expect(res.body.consultation).toMatchObject({
      status: "received", summary: need.summary, sampleCount: 5, desiredBy: "2027-07-31", shareWithOtherInstitutions: false,
      company: { id: w.c1.id }, instrument: { id: w.sem.id }, contact: { name: "Sato", email: null, phone: "022-000-0000" },
      routes: [], messages: [], timeline: [{ step: "received", institution: null }],
    });
    const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "consultation.received", entityId: res.body.consultation.id });
    expect(audit.companyId).toBe(w.c1.id);
    const read = await t.http.get(`/api/consultations/${res.body.consultation.id}`).set(w.auth("m1"));
    expect(read.status).toBe(200);
    expect(read.body.consultation.can).toMatchObject({ route: false, message: true, close: true, reopen: false });
  });

  test("staff, admins and the coordinator cannot send one (403); signed out 401; nothing saved", async () => {
    const before = await count();
    for (const who of ["staffA1", "adminA", "coordinator"] as const) {
      expect((await t.http.post("/api/consultations").set(w.auth(who)).send(need)).status).toBe(403);
    }
    expect((await t.http.post("/api/consultations").send(need)).status).toBe(401);
    expect(await count()).toBe(before);
  });

  test("bad input: 400 with the error body, nothing saved", async () => {
    const before = await count();
    for (const body of [{ ...need, summary: "" }, { ...need, desiredBy: "31/07/2027" }, { ...need, sampleCount: -1 }, { details: "x" }, { ...need, preferredLanguage: "fr" }]) {
      const res = await t.http.post("/api/consultations").set(w.auth("m1")).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await count()).toBe(before);
  });
});

describe("GET /api/consultations/:id", () => {
  test("another company, and staff or admins of an institution it is not routed to: 404; the coordinator sees it", async () => {
    const { body } = await t.http.post("/api/consultations").set(w.auth("m1")).send(need);
    const id = body.consultation.id;
    for (const who of ["m2", "staffA1", "adminA", "staffB", "adminB"] as const) {
      expect((await t.http.get(`/api/consultations/${id}`).set(w.auth(who))).status).toBe(404);
    }
    const asCoordinator = await t.http.get(`/api/consultations/${id}`).set(w.auth("coordinator"));
    expect(asCoordinator.status).toBe(200);
    expect(asCoordinator.body.consultation.can).toMatchObject({ route: true, assign: false, message: true, reopen: false });
    expect((await t.http.get(`/api/consultations/999999`).set(w.auth("coordinator"))).status).toBe(404);
  });
});
