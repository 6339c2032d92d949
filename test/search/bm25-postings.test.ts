import MiniSearch from "minisearch";
import { Bm25Postings, type QuerySource } from "../../server/catalogue/bm25-postings";

/**
 * `Bm25Postings` scores as MiniSearch does (the relevance set was tuned on MiniSearch): the same documents and
 * queries, with field boosts, prefix and fuzzy expansions, repeated query words and documents replaced in place,
 * give the same scores to 1e-6 and so the same order.
 */
const FIELDS = ["title", "body"] as const;
const BOOST = { title: 3, body: 1 };
const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

const corpus = [
  { id: 1, title: "Scanning electron microscope", body: "surface imaging of metals and coatings, cracks and fracture surfaces" },
  { id: 2, title: "X-ray diffractometer", body: "crystal structure and phases of powders; diffraction patterns" },
  { id: 3, title: "Atomic force microscope", body: "surface roughness at the nanometre scale, coatings and films" },
  { id: 4, title: "Raman microscope", body: "identify plastics and contamination; microscope imaging of particles" },
  { id: 5, title: "Hardness tester", body: "Vickers hardness of metals and coatings" },
  { id: 6, title: "Electron probe microanalyser", body: "elements in metals, mapping of elements across a surface" },
];

function miniSearch(docs: typeof corpus): MiniSearch {
  const mini = new MiniSearch({ fields: [...FIELDS], tokenize: words, processTerm: (term) => term });
  mini.addAll(docs);
  return mini;
}

function postings(docs: typeof corpus): Bm25Postings {
  const index = new Bm25Postings(FIELDS, 1);
  for (const doc of docs) add(index, doc);
  return index;
}

function add(index: Bm25Postings, doc: (typeof corpus)[number]): void {
  index.add(doc.id, FIELDS.map((field) => ({ tokens: words(doc[field]), terms: words(doc[field]) })), [doc.id]);
}

/** A query as MiniSearch expands it: each word exactly, as a prefix (3+ letters) and within `fuzzy` edits. */
function sources(index: Bm25Postings, query: string, fuzzy: number): QuerySource[] {
  const fields = FIELDS.map((field, at) => ({ field: at, boost: BOOST[field] }));
  const bySource = new Map<string, QuerySource["expansions"][number][]>();
  for (const term of words(query)) {
    const expansions = bySource.get(term) ?? [];
    bySource.set(term, expansions);
    expansions.push({ term, weight: 1, fields });
    const prefixed = new Set<string>();
    if (term.length >= 3) {
      for (const longer of index.withPrefix(term)) {
        if (longer.length === term.length) continue;
        prefixed.add(longer);
        expansions.push({ term: longer, weight: (0.375 * longer.length) / (longer.length + 0.3 * (longer.length - term.length)), fields });
      }
    }
    for (const [near, distance] of fuzzy ? index.near(term, fuzzy) : []) {
      if (distance > 0 && !prefixed.has(near)) expansions.push({ term: near, weight: (0.45 * near.length) / (near.length + distance), fields });
    }
  }
  return [...bySource.values()].map((expansions) => ({ expansions }));
}

function ours(index: Bm25Postings, query: string, fuzzy: number): Array<[number, number]> {
  const { ids, scores } = index.score(sources(index, query, fuzzy), () => true);
  return [...ids.keys()].map((at): [number, number] => [ids[at], scores[at]]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

function theirs(mini: MiniSearch, query: string, fuzzy: number): Array<[number, number]> {
  const results = mini.search(query, { boost: BOOST, prefix: (term) => term.length >= 3, fuzzy: fuzzy || false });
  return results.map((r): [number, number] => [r.id as number, Math.round(r.score * 1e6) / 1e6]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

const QUERIES: Array<[string, number]> = [
  ["microscope", 0],
  ["surface coatings", 0],
  ["coat", 0],
  ["micro", 0],
  ["metals metals hardness", 0],
  ["difraction", 2],
  ["elemnts in metal", 1],
  ["crystal strcture of powder", 2],
  ["nothing matches this", 1],
];

test.each(QUERIES)("%s (fuzzy %d): the scores and order MiniSearch gives", (query, fuzzy) => {
  const expected = theirs(miniSearch(corpus), query, fuzzy);
  expect(ours(postings(corpus), query, fuzzy)).toEqual(expected);
  if (query !== "nothing matches this") expect(expected.length).toBeGreaterThan(0);
});

test("documents replaced and removed in place score as an index built afresh", () => {
  const index = postings(corpus);
  index.remove(2);
  index.remove(5);
  add(index, { id: 5, title: "Micro Vickers hardness tester", body: "hardness of thin coatings and small parts" });
  add(index, { id: 7, title: "Powder X-ray diffractometer", body: "phases of powders" });
  const now = [corpus[0], corpus[2], corpus[3], corpus[5], { id: 5, title: "Micro Vickers hardness tester", body: "hardness of thin coatings and small parts" }, { id: 7, title: "Powder X-ray diffractometer", body: "phases of powders" }];
  for (const [query, fuzzy] of QUERIES) {
    expect(ours(index, query, fuzzy)).toEqual(theirs(miniSearch(now), query, fuzzy));
    expect(ours(index, query, fuzzy)).toEqual(ours(postings(now), query, fuzzy));
  }
  expect(index.size).toBe(6);
  expect(index.hasTerm("crystal")).toBe(false);
});

test("a filter keeps only the documents whose facets it passes", () => {
  const index = postings(corpus);
  const { ids } = index.score(sources(index, "microscope", 0), (facets, at) => facets[at] !== 4);
  expect([...ids].sort()).toEqual([1, 3]);
});
