import { AuditEvent, SearchThesaurusEntry } from "../../../server/platform/db/entities";
import { type TestApp } from "../../helpers/test-app";
import { useWorld, type World, type WorldRole } from "../../helpers/world";

let t: TestApp;
let w: World;

useWorld({}, (app, world) => ([t, w] = [app, world]));

const search = async (q: string) => (await t.http.get("/api/instruments").query({ q, lang: "en" })).body;
const add = (who: WorldRole, body: Record<string, unknown>) => t.http.post("/api/search/thesaurus").set(w.auth(who)).send(body);
const entries = () => t.db.manager.getRepository(SearchThesaurusEntry).count();

describe("the search thesaurus, editable by the coordinator", () => {
  test("only the coordinator reads and edits it: others 403, signed out 401, nothing saved", async () => {
    for (const who of ["m1", "staffA1", "adminA"] as const) {
      expect((await t.http.get("/api/search/thesaurus").set(w.auth(who))).status).toBe(403);
      expect((await add(who, { ja: ["ウィスカ"], techniques: ["sem"] })).status).toBe(403);
      expect((await t.http.patch("/api/search/thesaurus/1").set(w.auth(who)).send({ enabled: false })).status).toBe(403);
      expect((await t.http.delete("/api/search/thesaurus/1").set(w.auth(who))).status).toBe(403);
    }
    expect((await t.http.get("/api/search/thesaurus")).status).toBe(401);
    expect((await t.http.post("/api/search/thesaurus").send({ ja: ["ウィスカ"], techniques: ["sem"] })).status).toBe(401);
    expect(await entries()).toBe(0);
  });

  test("bad input: 400 with the error body, nothing saved", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ja: [], en: [], techniques: ["sem"] }, "ja"],
      [{ ja: ["ウィスカ"] }, "techniques"],
      [{ ja: ["ウィスカ"], techniques: ["not-a-technique"] }, "techniques.0"],
      [{ en: ["whisker"], categories: ["kitchen"] }, "categories.0"],
      [{ en: [" "], techniques: ["sem"] }, "en.0"],
      [{ en: ["x".repeat(61)], techniques: ["sem"] }, "en.0"],
      [{ en: ["whisker"], techniques: ["sem"], replaces: "no such need" }, "replaces"],
    ];
    for (const [body, path] of cases) {
      const response = await add("coordinator", body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
      expect(response.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    }
    expect(await entries()).toBe(0);
    expect(await t.db.manager.getRepository(AuditEvent).countBy({ entityType: "search_thesaurus_entry" })).toBe(0);
  });

  test("an added need makes a query that found nothing find the instrument; switched off, it finds nothing again", async () => {
    expect((await search("whisker growth on tin plating")).total).toBe(0);
    const created = await add("coordinator", { ja: ["ウィスカ"], en: ["whisker"], techniques: ["sem"] });
    expect(created.status).toBe(201);
    expect(created.body.entry).toMatchObject({ ja: ["ウィスカ"], en: ["whisker"], techniques: ["sem"], categories: [], enabled: true, replaces: null });
    const found = await search("whisker growth on tin plating");
    expect(found.items.map((item: { id: number }) => item.id)).toEqual(expect.arrayContaining([w.sem.id, w.tem.id, w.semB.id]));
    expect(found.items[0].match.via[0]).toMatchObject({ need: "whisker", techniqueId: "sem" });
    expect((await search("ウィスカの観察")).total).toBeGreaterThan(0);

    const id = created.body.entry.id;
    const off = await t.http.patch(`/api/search/thesaurus/${id}`).set(w.auth("coordinator")).send({ enabled: false });
    expect(off.status).toBe(200);
    expect((await search("whisker growth on tin plating")).total).toBe(0);
    const emptied = await t.http.patch(`/api/search/thesaurus/${id}`).set(w.auth("coordinator")).send({ techniques: [] });
    expect(emptied.status).toBe(400);
    expect((await t.db.manager.getRepository(SearchThesaurusEntry).findOneByOrFail({ id })).techniques).toEqual(["sem"]);

    const audit = await t.db.manager.getRepository(AuditEvent).find({ where: { entityType: "search_thesaurus_entry", entityId: id }, order: { id: "ASC" } });
    expect(audit.map((event) => event.action)).toEqual(["search_thesaurus.entry_added", "search_thesaurus.entry_updated"]);
    expect(audit.every((event) => event.actorUserId === w.coordinator.id)).toBe(true);
  });

  test("an entry may name an instrument category; removing it takes it back out", async () => {
    expect((await search("solder voids")).total).toBe(0);
    const created = await add("coordinator", { en: ["solder void"], categories: ["electron_microscopy"] });
    expect(created.status).toBe(201);
    const found = await search("solder voids");
    expect(found.total).toBe(3);
    expect(found.items[0].match.via[0]).toMatchObject({ need: "solder void", technique: "Electron microscopy" });
    const removed = await t.http.delete(`/api/search/thesaurus/${created.body.entry.id}`).set(w.auth("coordinator"));
    expect(removed.status).toBe(204);
    expect((await search("solder voids")).total).toBe(0);
    expect((await t.http.delete(`/api/search/thesaurus/${created.body.entry.id}`).set(w.auth("coordinator"))).status).toBe(404);
  });

  test("an entry replaces (or, switched off, removes) a need of the repository; one replacement per need", async () => {
    expect((await search("cracks in a coating")).items[0].match.via.length).toBeGreaterThan(0);
    const replaced = await add("coordinator", { ja: ["ひび割れ"], en: ["crack"], techniques: ["xct"], replaces: "ひび割れ", enabled: false });
    expect(replaced.status).toBe(201);
    expect((await search("cracks in a coating")).items[0].match.via).toEqual([]);
    const twice = await add("coordinator", { en: ["crack"], techniques: ["sem"], replaces: "ひび割れ" });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.reason).toBe("already_replaced");
    const listed = await t.http.get("/api/search/thesaurus").set(w.auth("coordinator"));
    expect(listed.status).toBe(200);
    expect(listed.body.base.find((need: { key: string }) => need.key === "ひび割れ").replacedBy).toBe(replaced.body.entry.id);
    expect(listed.body.entries.map((entry: { id: number }) => entry.id)).toContain(replaced.body.entry.id);
    expect(listed.body.techniques.length).toBeGreaterThan(10);
  });
});
