import { closestTerms, editDistance, THESAURUS_TERMS } from "../../shared/search/thesaurus";

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
