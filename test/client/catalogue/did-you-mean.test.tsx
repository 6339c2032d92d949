import { screen } from "@testing-library/react";
import { DidYouMean } from "../../../client/src/features/catalogue/DidYouMean";
import type { CatalogueSearch } from "../../../client/src/features/catalogue/search-params";
import { renderWithApp } from "../render";

const search: CatalogueSearch = { q: "difractometer", category: "xray_diffraction", institutionId: null, prefecture: "", freeOn: "", page: 2 };

describe("did you mean", () => {
  it("offers each suggestion as a link to its search, keeping the filters (en)", () => {
    renderWithApp(<DidYouMean search={search} suggestions={["diffractometer", "X-ray diffraction"]} />, { language: "en" });
    expect(screen.getByTestId("did-you-mean").textContent).toBe("Did you mean diffractometer, or X-ray diffraction");
    expect(screen.getByRole("link", { name: "diffractometer" }).getAttribute("href")).toBe("/?q=diffractometer&category=xray_diffraction");
  });

  it("in Japanese", () => {
    renderWithApp(<DidYouMean search={{ ...search, q: "結昌構造", category: "" }} suggestions={["結晶構造"]} />, { language: "ja" });
    expect(screen.getByTestId("did-you-mean").textContent).toBe("もしかして: 結晶構造");
    expect(screen.getByRole("link", { name: "結晶構造" }).getAttribute("href")).toBe(`/?q=${encodeURIComponent("結晶構造")}`);
  });

  it("shows nothing without suggestions", () => {
    renderWithApp(<DidYouMean search={search} suggestions={[]} />, { language: "en" });
    expect(screen.queryByTestId("did-you-mean")).toBeNull();
  });
});
