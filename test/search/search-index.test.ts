import { SearchIndex, type SearchDocument } from "../../server/catalogue/search-index";
import { searchTerm, wordsOf } from "../../server/catalogue/search-tokens";
import { phrasePattern } from "../../shared/search/need-matcher";
import { foldSearchText, NEEDS, NeedMatcher, needsInQuery, techniquesIn } from "../../shared/search/thesaurus";
import { HELD_OUT_QUERIES } from "./held-out";
import { EVAL_QUERIES } from "./queries";

const doc = (id: number, fields: Partial<SearchDocument> = {}): SearchDocument => ({
  id, status: "active", category: "other", institutionId: 1, prefecture: "Miyagi", nameJa: `装置${id}`, nameEn: `Device ${id}`,
  manufacturer: "", model: "", keywords: [], descriptionJa: "", descriptionEn: "", specs: [], ...fields,
});

test("folding: width, case, katakana as hiragana, a final long-vowel mark, micro sign", () => {
  expect(foldSearchText("ＳＥＭ")).toBe("sem");
  expect(foldSearchText("プリンター")).toBe(foldSearchText("ぷりんた"));
  expect(foldSearchText("ﾒｯｷ")).toBe(foldSearchText("めっき"));
  expect(searchTerm("µm")).toBe(searchTerm("um"));
  expect(searchTerm("の")).toBeNull();
});

test("words: Japanese segmented, hyphenated names also joined", () => {
  expect(wordsOf("コーティングのひび割れ")).toEqual(["コーティング", "の", "ひび割れ"]);
  expect(wordsOf("FT-IR")).toEqual(["FT", "IR", "FTIR"]);
});

test("needs: longest phrase wins, Latin phrases as whole words; techniques found by alias", () => {
  expect(needsInQuery("結晶構造を調べたい").map((n) => n.phrase)).toEqual(["結晶構造"]);
  expect(needsInQuery("cracks in a coating").map((n) => n.phrase)).toEqual(["crack"]);
  expect(needsInQuery("crackers")).toEqual([]);
  expect(techniquesIn("紫外可視近赤外分光光度計 UV-Vis-NIR")).toEqual(["uvvis"]);
  expect(techniquesIn("system")).toEqual([]);
});

test("needs: every phrase is looked for, as a pass over each phrase of the thesaurus would find it", () => {
  /** Each phrase whose folded text the query has, tried in thesaurus order; a phrase inside a longer one at the same place left out. */
  function scanned(query: string): string[] {
    const text = foldSearchText(query);
    const found = NEEDS.flatMap((need) => [...need.ja, ...need.en])
      .filter((phrase) => text.includes(foldSearchText(phrase)))
      .flatMap((phrase) => [...text.matchAll(phrasePattern(phrase))].map((m) => ({ phrase, start: m.index, end: m.index + m[0].length })));
    return found.filter((a) => !found.some((b) => a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start)).map((f) => f.phrase);
  }
  const queries = [...EVAL_QUERIES, ...HELD_OUT_QUERIES].map((query) => query.q);
  let phrases = 0;
  for (const query of [...queries, queries.join(" "), queries.join("・")]) {
    const expected = scanned(query);
    phrases += expected.length;
    expect([query, needsInQuery(query).map((need) => need.phrase)]).toEqual([query, expected]);
  }
  expect(phrases).toBeGreaterThan(150);
});

test("update re-indexes what changed and drops what is gone", async () => {
  const index = new SearchIndex();
  await index.update([doc(1, { nameEn: "Raman microscope" }), doc(2, { nameEn: "Hardness tester" })]);
  expect(index.search("raman", {}, "en").map((r) => r.id)).toEqual([1]);
  await index.update([doc(1, { nameEn: "Confocal microscope" }), doc(3, { nameEn: "Raman spectrometer" })]);
  expect(index.search("raman", {}, "en").map((r) => r.id)).toEqual([3]);
  expect(index.search("hardness", {}, "en")).toEqual([]);
  expect(index.search("raman", { status: "retired" }, "en")).toEqual([]);
});

test("an index updated in place ranks exactly as a fresh one (ties in id order)", async () => {
  const before = [doc(5, { nameEn: "SEM five" }), doc(2, { nameEn: "SEM two" }), doc(9, { nameEn: "Old SEM" })];
  const after = [doc(2, { nameEn: "SEM two" }), doc(5, { nameEn: "SEM five", keywords: ["SEM"] }), doc(7, { nameEn: "SEM seven" })];
  const updated = new SearchIndex();
  await updated.update(before);
  await updated.update(after);
  const fresh = new SearchIndex();
  await fresh.update([...after].reverse());
  const ranking = (index: SearchIndex) => index.search("sem", {}, "en").map((r) => [r.id, r.score]);
  expect(ranking(updated)).toEqual(ranking(fresh));
  expect(ranking(fresh).map(([id]) => id)).toEqual([5, 2, 7]);
});

test("did you mean follows the index: a thesaurus or name change is suggested after the next update, names only when nothing was found", async () => {
  const index = new SearchIndex();
  await index.update([doc(1, { nameEn: "Nanoindenter" }), doc(2, { nameEn: "Wafer prober" })]);
  expect(index.suggest("wafer prober", 1, 3)).not.toContain("Wafer prober");
  expect(index.suggest("wafer probr", 0, 3)).toContain("Wafer prober");
  expect(index.suggest("whiskerz", 0, 3)).not.toContain("whiskers");
  await index.update([doc(1, { nameEn: "Nanoindenter" }), doc(2, { nameEn: "Probe station" })], new NeedMatcher([{ ja: ["ウィスカ"], en: ["whiskers"], techniques: ["sem"] }]));
  expect(index.suggest("whiskerz", 0, 3)).toContain("whiskers");
  expect(index.suggest("wafer probr", 0, 3)).not.toContain("Wafer prober");
  expect(index.suggest("probe statoin", 0, 3)).toContain("Probe station");
  expect(index.suggest("probe statoin", 1, 3)).not.toContain("Probe station");
});

test("with enough found, did you mean answers only for words the catalogue never uses, matching them and the whole query", async () => {
  const index = new SearchIndex();
  await index.update([1, 2, 3].map((id) => doc(id, { nameEn: `Structure analyser ${id}` })));
  const found = index.search("cristal structure", {}, "en").length;
  expect(found).toBeGreaterThanOrEqual(3);
  expect(index.suggest("cristal structure", found, 3)).toContain("crystal structure");
  expect(index.suggest("structure analyser", found, 3)).toBeUndefined();
});

test("filters narrow the ranked list: status (retired left out unless asked), category, institution, prefecture; an unknown value finds nothing", async () => {
  const index = new SearchIndex();
  await index.update([
    doc(1, { nameEn: "Raman one", category: "optical_spectroscopy", institutionId: 1, prefecture: "Miyagi" }),
    doc(2, { nameEn: "Raman two", category: "optical_spectroscopy", institutionId: 2, prefecture: "Iwate" }),
    doc(3, { nameEn: "Raman three", category: "other", institutionId: 2, prefecture: "Iwate", status: "retired" }),
    doc(4, { nameEn: "Raman four", category: "other", institutionId: 3, prefecture: "Iwate", status: "maintenance" }),
  ]);
  const ids = (filters: Parameters<SearchIndex["search"]>[1]) => index.search("raman", filters, "en").map((r) => r.id).sort();
  expect(ids({})).toEqual([1, 2, 4]);
  expect(ids({ status: "retired" })).toEqual([3]);
  expect(ids({ status: "maintenance" })).toEqual([4]);
  expect(ids({ category: "optical_spectroscopy" })).toEqual([1, 2]);
  expect(ids({ institutionId: 2 })).toEqual([2]);
  expect(ids({ prefecture: "Iwate", category: "other" })).toEqual([4]);
  expect(ids({ prefecture: "Okinawa" })).toEqual([]);
  expect(ids({ category: "nmr" })).toEqual([]);
});
