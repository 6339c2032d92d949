import { readSearch, withFilter, writeSearch } from "../../../client/src/features/catalogue/search-params";
import { pageWindow } from "../../../client/src/lib/page-window";

describe("catalogue search in the URL", () => {
  it("round-trips through URL parameters", () => {
    const search = { q: "coating cracks", category: "electron_microscopy" as const, institutionId: 2, prefecture: "Miyagi" as const, freeOn: "2027-06-09", page: 3 };
    expect(readSearch(writeSearch(search))).toEqual(search);
    expect(writeSearch(search).toString()).toBe("q=coating+cracks&category=electron_microscopy&institution=2&prefecture=Miyagi&free=2027-06-09&page=3");
  });

  it("ignores malformed parameters", () => {
    expect(readSearch(new URLSearchParams("category=banana&institution=-4&prefecture=Atlantis&free=tomorrow&page=zero"))).toEqual({
      q: "", category: "", institutionId: null, prefecture: "", freeOn: "", page: 1,
    });
  });

  it("returns to the first page when a filter changes", () => {
    expect(withFilter({ ...readSearch(new URLSearchParams("page=5")) }, { category: "nmr" })).toMatchObject({ category: "nmr", page: 1 });
  });
});

describe("pageWindow", () => {
  it("shows the ends and the neighbourhood of the current page with gaps", () => {
    expect(pageWindow(6, 500)).toEqual([1, null, 4, 5, 6, 7, 8, null, 500]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
