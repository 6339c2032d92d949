import { AuditEvent, Capability } from "../../../server/platform/db/entities";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const capability = (fields: Record<string, unknown> = {}) => ({
  titleJa: "めっき皮膜の破面解析",
  titleEn: "Fracture analysis of plated coatings",
  summaryJa: "SEMとEDSでめっき皮膜の割れや剥離の原因を調べます。",
  summaryEn: "We find why plated coatings crack or peel, with SEM and EDS.",
  laboratoryJa: "表面工学研究室（佐藤教授）",
  laboratoryEn: "Surface Engineering Laboratory (Prof. Sato)",
  keywordsJa: ["めっき", "破面"],
  keywordsEn: ["plating", "fractography"],
  ...fields,
});

const count = () => t.db.manager.getRepository(Capability).count();

describe("capabilities: who may publish and change them", () => {
  test("an institution admin publishes one for their institution, with its instruments; anyone reads it", async () => {
    const created = await t.http.post("/api/capabilities").set(w.auth("adminA")).send(capability({ instrumentIds: [w.sem.id], published: true }));
    expect(created.status).toBe(201);
    expect(created.body.capability).toMatchObject({ institutionId: w.instA.id, titleEn: "Fracture analysis of plated coatings", published: true, instruments: [{ id: w.sem.id }] });
    const id = created.body.capability.id;

    const anonymous = await t.http.get(`/api/capabilities/${id}`).set("accept-language", "ja");
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.capability).toMatchObject({ title: "めっき皮膜の破面解析", laboratory: "表面工学研究室（佐藤教授）", institution: { id: w.instA.id } });
    const listed = await t.http.get("/api/capabilities").query({ institutionId: w.instA.id });
    expect(listed.body).toMatchObject({ total: 1, page: 1, items: [{ id }] });
    const byInstrument = await t.http.get("/api/capabilities").query({ instrumentId: w.sem.id });
    expect(byInstrument.body.items.map((c: { id: number }) => c.id)).toEqual([id]);
    expect((await t.http.get("/api/capabilities").query({ instrumentId: w.tem.id })).body.total).toBe(0);

    const audit = await t.db.manager.getRepository(AuditEvent).findOneByOrFail({ action: "capability.created", entityId: id });
    expect(audit).toMatchObject({ actorUserId: w.adminA.id, institutionId: w.instA.id });
  });

  test("an unpublished capability is seen only by its institution's admins and the coordinator", async () => {
    const created = await t.http.post("/api/capabilities").set(w.auth("adminA")).send(capability({ titleEn: "Draft capability" }));
    expect(created.status).toBe(201);
    const id = created.body.capability.id;
    for (const who of ["adminA", "coordinator"] as const) expect((await t.http.get(`/api/capabilities/${id}`).set(w.auth(who))).status).toBe(200);
    for (const who of ["adminB", "m1", "staffA1"] as const) expect((await t.http.get(`/api/capabilities/${id}`).set(w.auth(who))).status).toBe(404);
    expect((await t.http.get(`/api/capabilities/${id}`)).status).toBe(404);
    const publicList = await t.http.get("/api/capabilities").query({ q: "Draft capability" });
    expect(publicList.body.items.map((c: { id: number }) => c.id)).not.toContain(id);
    const adminList = await t.http.get("/api/capabilities").query({ q: "Draft capability" }).set(w.auth("adminA"));
    expect(adminList.body.items.map((c: { id: number }) => c.id)).toContain(id);
  });

  test("the coordinator publishes for a named institution; without one, 400", async () => {
    const created = await t.http.post("/api/capabilities").set(w.auth("coordinator")).send(capability({ institutionId: w.instB.id }));
    expect(created.status).toBe(201);
    expect(created.body.capability.institutionId).toBe(w.instB.id);
    const unnamed = await t.http.post("/api/capabilities").set(w.auth("coordinator")).send(capability());
    expect(unnamed.status).toBe(400);
  });

  test("company members, staff and admins of another institution are refused, and nothing is saved", async () => {
    const before = await count();
    expect((await t.http.post("/api/capabilities").send(capability())).status).toBe(401);
    expect((await t.http.post("/api/capabilities").set(w.auth("m1")).send(capability({ institutionId: w.instA.id }))).status).toBe(403);
    expect((await t.http.post("/api/capabilities").set(w.auth("staffA1")).send(capability({ institutionId: w.instA.id }))).status).toBe(403);
    expect((await t.http.post("/api/capabilities").set(w.auth("adminB")).send(capability({ institutionId: w.instA.id }))).status).toBe(403);
    expect(await count()).toBe(before);
  });

  test("related instruments must be the institution's own: 422, nothing saved", async () => {
    const before = await count();
    const refused = await t.http.post("/api/capabilities").set(w.auth("adminA")).send(capability({ instrumentIds: [w.sem.id, w.semB.id] }));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toMatchObject({ reason: "instrument_of_another_institution", instrumentIds: [w.semB.id] });
    expect(await count()).toBe(before);
  });

  test("bad input is a 400 with the error body, and nothing is saved", async () => {
    const before = await count();
    for (const body of [capability({ titleJa: "" }), capability({ summaryEn: "x".repeat(4001) }), capability({ keywordsJa: "めっき" }), capability({ instrumentIds: ["a"] }), { titleJa: "only" }]) {
      const response = await t.http.post("/api/capabilities").set(w.auth("adminA")).send(body);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: "validation_failed" });
    }
    expect(await count()).toBe(before);
    expect((await t.http.get("/api/capabilities").query({ page: 0 })).status).toBe(400);
  });

  test("edits and removal: its admins and the coordinator; another institution's admin 403 (404 if unpublished)", async () => {
    const published = (await t.http.post("/api/capabilities").set(w.auth("adminA")).send(capability({ published: true }))).body.capability.id;
    const draft = (await t.http.post("/api/capabilities").set(w.auth("adminA")).send(capability())).body.capability.id;
    expect((await t.http.patch(`/api/capabilities/${published}`).set(w.auth("adminB")).send({ titleEn: "Taken over" })).status).toBe(403);
    expect((await t.http.patch(`/api/capabilities/${draft}`).set(w.auth("adminB")).send({ titleEn: "Taken over" })).status).toBe(404);
    expect((await t.http.delete(`/api/capabilities/${published}`).set(w.auth("adminB"))).status).toBe(403);
    expect((await t.http.patch(`/api/capabilities/${published}`).set(w.auth("m1")).send({ titleEn: "Taken over" })).status).toBe(403);
    expect((await t.http.patch(`/api/capabilities/${published}`).set(w.auth("adminA")).send({})).status).toBe(400);
    expect((await t.http.patch(`/api/capabilities/${published}`).set(w.auth("adminA")).send({ instrumentIds: [w.semB.id] })).status).toBe(422);

    const edited = await t.http.patch(`/api/capabilities/${published}`).set(w.auth("adminA")).send({ titleEn: "Coating failure analysis", instrumentIds: [w.tem.id] });
    expect(edited.status).toBe(200);
    expect(edited.body.capability).toMatchObject({ titleEn: "Coating failure analysis", titleJa: "めっき皮膜の破面解析", instruments: [{ id: w.tem.id }] });
    expect((await t.http.patch(`/api/capabilities/${draft}`).set(w.auth("coordinator")).send({ published: true })).body.capability.published).toBe(true);

    expect((await t.http.delete(`/api/capabilities/${published}`).set(w.auth("adminA"))).status).toBe(204);
    expect((await t.http.get(`/api/capabilities/${published}`)).status).toBe(404);
    const actions = (await t.db.manager.getRepository(AuditEvent).find({ where: { entityType: "capability", entityId: published }, order: { id: "ASC" } })).map((e) => e.action);
    expect(actions).toEqual(["capability.created", "capability.updated", "capability.deleted"]);
  });
});
