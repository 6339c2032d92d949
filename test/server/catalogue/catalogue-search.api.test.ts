import { Instrument as InstrumentEntity, type Institution, type Instrument } from "../../../server/platform/db/entities";
import { catalogueAnswerJson, presentInstrument } from "../../../server/catalogue/catalogue.presenter";
import { readCatalogueRows } from "../../../server/catalogue/catalogue-rows";
import { createTestApp, type TestApp } from "../../helpers/test-app";

/** Ranked catalogue search: words in both languages, needs → techniques, typos, filters, and why each item matched. */
let t: TestApp;
let miyagi: Institution;
let xrd: Instrument;
let afm: Instrument;
let sem: Instrument;
let xrf: Instrument;

type Item = { id: number; name: string; match?: { terms: string[]; via: Array<{ need: string; technique: string; techniqueId: string }> } };

beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  miyagi = await t.make.institution({ prefecture: "Miyagi" });
  const iwate = await t.make.institution({ prefecture: "Iwate" });
  xrd = await t.make.instrument(miyagi, {
    nameJa: "粉末X線回折装置", nameEn: "Powder X-ray diffractometer", category: "xray_diffraction", model: "SmartLab", keywords: ["XRD", "結晶相"],
    descriptionJa: "結晶相の同定と残留応力。", descriptionEn: "Crystal phase identification and residual stress.",
  });
  afm = await t.make.instrument(miyagi, { nameJa: "原子間力顕微鏡", nameEn: "Atomic force microscope", category: "surface_analysis", model: "Icon", keywords: ["AFM"] });
  sem = await t.make.instrument(iwate, {
    nameJa: "走査電子顕微鏡 (EDS付)", nameEn: "Scanning electron microscope with EDS", keywords: ["SEM", "EDS"],
    descriptionJa: "めっき・コーティングのひび割れの観察。", descriptionEn: "Cracks in platings and coatings.",
  });
  xrf = await t.make.instrument(iwate, { nameJa: "蛍光X線分析装置", nameEn: "X-ray fluorescence spectrometer (XRF)", category: "xray_diffraction", keywords: ["XRF"] });
});
afterAll(() => t.close());

async function search(query: Record<string, string | number>): Promise<{ items: Item[]; total: number; page: number; pageSize: number }> {
  const res = await t.http.get("/api/instruments").query(query);
  expect(res.status).toBe(200);
  return res.body;
}
const ids = (body: { items: Item[] }) => body.items.map((i) => i.id);

test.each([
  ["結晶構造", "ja", "xrd"],
  ["結晶構造を調べたい", "ja", "xrd"],
  ["表面の凹凸", "ja", "afm"],
  ["コーティングのひび割れ", "ja", "sem"],
  ["crystal structure", "en", "xrd"],
  ["cracks in a coating", "en", "sem"],
  ["surface roughness", "en", "afm"],
  ["difractometer", "en", "xrd"],
  ["ＸＲＤ", "ja", "xrd"],
])("%s finds the instrument that answers it first", async (q, lang, expected) => {
  const want = { xrd, afm, sem }[expected]!;
  expect(ids(await search({ q, lang }))[0]).toBe(want.id);
});

test("a need is answered by every technique for it, and the match says why, in the reader's language", async () => {
  const ja = await search({ q: "元素分析", lang: "ja" });
  expect(ids(ja).slice(0, 2).sort()).toEqual([sem.id, xrf.id].sort());
  expect(ja.items.find((i) => i.id === xrf.id)!.match!.via).toEqual([{ need: "元素分析", technique: "蛍光X線分析 (XRF)", techniqueId: "xrf" }]);
  const en = await search({ q: "crystal structure", lang: "en" });
  expect(en.items[0].match).toEqual({ terms: expect.arrayContaining(["Crystal"]), via: [{ need: "crystal structure", technique: "X-ray diffraction (XRD)", techniqueId: "xrd" }] });
});

test("a typo finds the word it meant, and the match shows the catalogue's spelling", async () => {
  const body = await search({ q: "difractometer", lang: "en" });
  expect(body.items[0]).toMatchObject({ id: xrd.id, match: { terms: ["diffractometer"] } });
});

test("filters narrow the ranked list; the answer keeps its shape", async () => {
  expect(ids(await search({ q: "元素分析", prefecture: "Iwate" })).sort()).toEqual([sem.id, xrf.id].sort());
  expect(ids(await search({ q: "元素分析", category: "xray_diffraction" }))).toEqual([xrf.id]);
  expect(ids(await search({ q: "元素分析", institutionId: miyagi.id }))).not.toContain(xrf.id);
  const paged = await search({ q: "顕微鏡", pageSize: 1, page: 2 });
  expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
  expect(paged.items).toHaveLength(1);
});

test("free on a date narrows the ranked list too", async () => {
  await t.db.write((em) => em.getRepository(InstrumentEntity).update(sem.id, { status: "maintenance" }));
  try {
    const free = ids(await search({ q: "元素分析", freeOn: "2027-06-09" }));
    expect(free[0]).toBe(xrf.id);
    expect(free).not.toContain(sem.id);
  } finally {
    await t.db.write((em) => em.getRepository(InstrumentEntity).update(sem.id, { status: "active" }));
  }
});

test("an answer is the instruments presented as before, byte for byte: each encoded once per row and language, with the query's match added", async () => {
  const rows = [...(await readCatalogueRows(t.db.manager, [xrd.id, sem.id, afm.id])).values()];
  const found = await search({ q: "結晶構造 コーティングのひび割れ", lang: "ja" });
  const matches = new Map(found.items.filter((i) => i.id !== afm.id).map((i) => [i.id, i.match!]));
  expect(matches.size).toBe(2);
  const rest = { total: 3, page: 1, pageSize: 20, suggestions: ["結晶"] };
  for (const locale of ["ja", "en"] as const) {
    const presented = (withMatches: boolean) => rows.map((row) => presentInstrument(row.instrument, locale, row.supported, withMatches ? matches.get(row.instrument.id) : undefined));
    for (let asked = 0; asked < 2; asked++) {
      expect(catalogueAnswerJson(rows, locale, matches, rest).toString("utf8")).toBe(JSON.stringify({ items: presented(true), ...rest }));
      expect(catalogueAnswerJson(rows, locale, new Map(), rest).toString("utf8")).toBe(JSON.stringify({ items: presented(false), ...rest }));
    }
  }
  expect(catalogueAnswerJson([], "ja", new Map(), { total: 0 }).toString("utf8")).toBe(JSON.stringify({ items: [], total: 0 }));
  for (const row of rows) expect(Object.keys(row.json!)).toEqual(["ja", "en"]);
});

test("without q there is no match field, and the list is by name", async () => {
  const body = await search({ lang: "en" });
  expect(body.items.every((i) => i.match === undefined)).toBe(true);
  expect(body.items.map((i) => i.name)).toEqual([...body.items.map((i) => i.name)].sort());
});

test("unsearchable or odd input gives an empty list or a 400, never a 500", async () => {
  for (const q of ["の", "%", "   ", "\u0000", "🙂", "(((", "a".repeat(200), "crackle ".repeat(25)]) {
    const res = await t.http.get("/api/instruments").query({ q });
    expect([200, 400]).toContain(res.status);
  }
  const tooLong = await t.http.get("/api/instruments").query({ q: "結晶".repeat(101) });
  expect(tooLong.status).toBe(400);
  expect(tooLong.body.error.code).toBe("validation_failed");
  expect((await t.http.get("/api/instruments?q=a&q=b")).status).toBe(400);
});

test("with SEARCH_WARM the index is built when the app starts, and still follows later changes", async () => {
  const own = await createTestApp({ config: { warmSearchIndex: true } });
  try {
    const institution = await own.make.institution();
    await own.make.instrument(institution, { nameEn: "Warm Raman microscope", keywords: ["Raman"] });
    const res = await own.http.get("/api/instruments").query({ q: "raman", freeOn: "2027-06-09" });
    expect(res.body.items.map((i: Item) => i.name)).toEqual(["Warm Raman microscope"]);
  } finally {
    await own.close();
  }
});
