import { NeedSuggestionsSchema } from "../../../shared/schemas/capabilities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildWorld, type World } from "../../helpers/world";

let t: TestApp;
let w: World;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  const xrd = await t.make.instrument(w.instB, { nameJa: "X線回折装置", nameEn: "X-ray diffractometer", category: "xray_diffraction", model: "SmartLab", keywords: ["XRD"] });
  const publish = async (name: string, who: "adminA" | "adminB", fields: Record<string, unknown>) => {
    const response = await t.http.post("/api/capabilities").set(w.auth(who)).send({ published: true, keywordsJa: [], keywordsEn: [], ...fields });
    expect(response.status).toBe(201);
    ids[name] = response.body.capability.id;
  };
  await publish("thinFilm", "adminB", {
    titleJa: "薄膜材料の結晶性評価", titleEn: "Crystallinity of thin-film materials",
    summaryJa: "酸化物薄膜の配向と相を評価し、成膜条件の改善を支援します。", summaryEn: "We evaluate orientation and phases of oxide films and help tune deposition.",
    laboratoryJa: "無機材料研究室", laboratoryEn: "Inorganic Materials Laboratory", keywordsEn: ["oxide films"], instrumentIds: [xrd.id],
  });
  await publish("coating", "adminA", {
    titleJa: "めっき皮膜の不具合解析", titleEn: "Failure analysis of plated coatings",
    summaryJa: "皮膜の剥離や割れの原因を断面観察で突き止めます。", summaryEn: "We trace why coatings peel, with cross-section imaging.",
    laboratoryJa: "表面工学研究室", laboratoryEn: "Surface Engineering Laboratory", keywordsJa: ["めっき"], keywordsEn: ["plating", "ellipsometry"], instrumentIds: [w.sem.id],
  });
  await publish("food", "adminA", {
    titleJa: "食品の香気成分分析", titleEn: "Aroma compounds in foods",
    summaryJa: "香りの成分を同定します。", summaryEn: "We identify what gives food its smell.",
    laboratoryJa: "食品化学研究室", laboratoryEn: "Food Chemistry Laboratory", keywordsEn: ["GC-MS", "aroma"],
  });
});
afterAll(() => t.close());

const search = (q: string, locale = "en") => t.http.get("/api/capabilities").query({ q }).set("accept-language", locale);

describe("the directory is searched like the catalogue", () => {
  test("a Japanese need (結晶構造) finds the capability whose instrument answers it, and says why", async () => {
    const response = await search("結晶構造を知りたい", "ja");
    expect(response.status).toBe(200);
    expect(response.body.items[0].id).toBe(ids.thinFilm);
    expect(response.body.items[0].match.via).toEqual(expect.arrayContaining([expect.objectContaining({ need: "結晶構造", techniqueId: "xrd" })]));
  });

  test("a need in English words (cracks in a coating) finds the coating capability first", async () => {
    const response = await search("cracks in a coating");
    expect(response.body.items[0].id).toBe(ids.coating);
    expect(response.body.items.map((c: { id: number }) => c.id)).not.toContain(ids.food);
  });

  test("an English typo still finds the right capability", async () => {
    const response = await search("elipsometry");
    expect(response.body.items.map((c: { id: number }) => c.id)).toEqual([ids.coating]);
    expect((await search("aroma compunds")).body.items[0].id).toBe(ids.food);
  });

  test("the index is exact across processes: another server sees a change at once", async () => {
    const sibling = await t.sibling();
    try {
      expect((await sibling.http.get("/api/capabilities").query({ q: "rheology" })).body.total).toBe(0);
      const edited = await t.http.patch(`/api/capabilities/${ids.food}`).set(w.auth("adminA")).send({ keywordsEn: ["rheology"] });
      expect(edited.status).toBe(200);
      expect((await sibling.http.get("/api/capabilities").query({ q: "rheology" })).body.items.map((c: { id: number }) => c.id)).toEqual([ids.food]);
      await t.http.patch(`/api/capabilities/${ids.food}`).set(w.auth("adminA")).send({ published: false });
      expect((await sibling.http.get("/api/capabilities").query({ q: "rheology" })).body.total).toBe(0);
    } finally {
      await t.http.patch(`/api/capabilities/${ids.food}`).set(w.auth("adminA")).send({ published: true, keywordsEn: ["GC-MS", "aroma"] });
      await sibling.close();
    }
  });
});

describe("need suggestions", () => {
  test("signed in only; an empty need is a 400", async () => {
    expect((await t.http.get("/api/needs/suggestions").query({ q: "cracks" })).status).toBe(401);
    const empty = await t.http.get("/api/needs/suggestions").query({ q: " " }).set(w.auth("m1"));
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("validation_failed");
  });

  test("instruments, capabilities, institutions by their summed matches, and the staff of the matched instruments", async () => {
    const response = await t.http.get("/api/needs/suggestions").query({ q: "cracks in a plated coating" }).set(w.auth("m1"));
    expect(response.status).toBe(200);
    const body = NeedSuggestionsSchema.strict().parse(response.body);
    expect(Object.keys(response.body).sort()).toEqual(["capabilities", "institutions", "instruments", "staff"]);
    expect(body.capabilities[0]).toMatchObject({ id: ids.coating, institutionId: w.instA.id, titleEn: "Failure analysis of plated coatings" });
    expect(body.instruments.map((i) => i.id)).toEqual(expect.arrayContaining([w.sem.id, w.tem.id, w.semB.id]));
    expect(body.instruments[0].match.terms.length + body.instruments[0].match.via.length).toBeGreaterThan(0);
    expect(body.institutions[0]).toMatchObject({ id: w.instA.id, nameEn: w.instA.nameEn });
    expect(body.institutions.map((i) => i.id)).toContain(w.instB.id);
    expect(body.institutions[0].score).toBeGreaterThan(body.institutions[1].score);
    const staff = body.staff.map((s) => s.staffMemberId);
    expect(staff).toEqual(expect.arrayContaining([w.staffA1.member.id, w.staffA2.member.id, w.staffB.member.id]));
    expect(body.staff.find((s) => s.staffMemberId === w.staffB.member.id)).toMatchObject({ institutionId: w.instB.id, name: w.staffB.user.displayName });
  });

  test("unpublished capabilities are never suggested", async () => {
    await t.http.patch(`/api/capabilities/${ids.food}`).set(w.auth("adminA")).send({ published: false });
    const response = await t.http.get("/api/needs/suggestions").query({ q: "aroma" }).set(w.auth("coordinator"));
    expect(response.body.capabilities).toEqual([]);
    await t.http.patch(`/api/capabilities/${ids.food}`).set(w.auth("adminA")).send({ published: true });
  });
});
