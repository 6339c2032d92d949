import { CATEGORY_LABELS } from "../../shared/enums";
import { queryWordsForSuggestions } from "../../shared/search/suggest";
import { closestIn, closestTerms, editDistance, foldSearchText, TermVocabulary, THESAURUS_TERMS } from "../../shared/search/thesaurus";

describe("edit distance", () => {
  test.each([
    ["diffractometer", "difractometer", 1],
    ["hardness", "hardnses", 1],
    ["結晶構造", "結昌構造", 1],
    ["kitten", "sitting", 3],
  ])("%s ↔ %s = %i", (a, b, distance) => expect(editDistance(a, b, 5)).toBe(distance));

  test("stops at the bound", () => expect(editDistance("abcdefgh", "zzzzzzzz", 2)).toBe(3));
});

describe("did you mean", () => {
  const vocabulary = [...THESAURUS_TERMS, "Powder X-ray diffractometer", "粉末X線回折装置"];

  test.each([
    ["difractometer", "diffractometer"],
    ["cristal structure", "crystal structure"],
    ["結昌構造", "結晶構造"],
    ["元素分折", "元素分析"],
    ["hardnes", "hardness"],
  ])("%s → %s", (query, expected) => expect(closestTerms(query, vocabulary)).toContain(expected));

  test("nothing close, nothing offered; a known term is not offered back", () => {
    expect(closestTerms("xyzzy", vocabulary)).toEqual([]);
    expect(closestTerms("結晶構造", vocabulary)).not.toContain("結晶構造");
  });

  test("at most three, nearest first", () => {
    const found = closestTerms("crystal structur", vocabulary);
    expect(found.length).toBeLessThanOrEqual(3);
    expect(found[0]).toBe("crystal structure");
  });
});

describe("did you mean over a large vocabulary", () => {
  // Names shaped like a region's catalogue (test data of `seed:large`), with the thesaurus's terms.
  const names = Object.values(CATEGORY_LABELS).flatMap((label, category) =>
    Array.from({ length: 60 }, (_, n) => [`${label.ja} ${category * 60 + n}号機`, `${label.en} unit ${category * 60 + n}`]).flat(),
  );
  const terms = [...THESAURUS_TERMS, ...names];
  const known = [...new Set(terms)].map((term) => ({ term, folded: foldSearchText(term), length: [...foldSearchText(term)].length }));

  /** The closest terms by comparing the query's words with every term: what the indexed vocabulary must find. */
  function scanned(query: string, limit: number): string[] {
    const { folded, words } = queryWordsForSuggestions(query);
    const scored = new Map<string, { distance: number; rank: number }>();
    known.forEach(({ term, folded: text, length }, rank) => {
      if (text === folded) return;
      for (const word of words) {
        if (Math.abs(length - word.points.length) > word.allowance) continue;
        const distance = editDistance(word.points.join(""), text, word.allowance);
        if (distance === 0 || distance > word.allowance) continue;
        const before = scored.get(term);
        if (!before || distance < before.distance) scored.set(term, { distance, rank });
      }
    });
    return [...scored].sort((a, b) => a[1].distance - b[1].distance || a[1].rank - b[1].rank).slice(0, limit).map(([term]) => term);
  }

  /** A deterministic pseudo-random source (mulberry32), so that a failure can be run again. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** A term with one to three typing errors: a character replaced, added, dropped, or swapped with its neighbour. */
  function mistyped(term: string, next: () => number): string {
    const points = [...term];
    const letters = [..."aeinorstxyz結晶構造分析ー"];
    for (let edits = 1 + Math.floor(next() * 3); edits > 0 && points.length > 1; edits--) {
      const at = Math.floor(next() * points.length);
      const kind = Math.floor(next() * 4);
      if (kind === 0) points[at] = letters[Math.floor(next() * letters.length)];
      else if (kind === 1) points.splice(at, 0, letters[Math.floor(next() * letters.length)]);
      else if (kind === 2) points.splice(at, 1);
      else if (at + 1 < points.length) [points[at], points[at + 1]] = [points[at + 1], points[at]];
    }
    return points.join("");
  }

  test("finds exactly what a scan of every term finds, for mistyped terms, names and sentences", () => {
    const next = random(20261208);
    const pick = () => terms[Math.floor(next() * terms.length)];
    const queries = Array.from({ length: 300 }, (_, i) => (i % 4 === 3 ? `${mistyped(pick(), next)} ${mistyped(pick(), next)}` : mistyped(pick(), next)));
    const vocabulary = new TermVocabulary(terms);
    let found = 0;
    for (const query of queries) {
      const expected = scanned(query, 50);
      found += expected.length;
      expect([query, closestIn(query, [vocabulary], 50)]).toEqual([query, expected]);
    }
    // The comparison means something only if most mistyped queries have close terms.
    expect(found).toBeGreaterThan(300);
  });
});
