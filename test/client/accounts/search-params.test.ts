import { readAccountSearch, writeAccountSearch } from "../../../client/src/features/accounts/search-params";

describe("account search in the URL", () => {
  it("round-trips through URL parameters, leaving out defaults", () => {
    const search = { q: "tanaka hoshino", role: "company_member" as const, page: 2 };
    expect(readAccountSearch(writeAccountSearch(search))).toEqual(search);
    expect(writeAccountSearch(search).toString()).toBe("q=tanaka+hoshino&role=company_member&page=2");
    expect(writeAccountSearch({ q: "  ", role: "", page: 1 }).toString()).toBe("");
  });

  it("ignores malformed parameters", () => {
    expect(readAccountSearch(new URLSearchParams(`role=superuser&page=-3&q=${"x".repeat(300)}`))).toEqual({ q: "x".repeat(200), role: "", page: 1 });
  });
});
