import { fireEvent, screen } from "@testing-library/react";
import type { Institution, Instrument } from "../../../shared";
import { InstrumentCard } from "../../../client/src/features/catalogue/InstrumentCard";
import { NoResults } from "../../../client/src/features/catalogue/NoResults";
import type { CatalogueSearch } from "../../../client/src/features/catalogue/search-params";
import { renderWithApp } from "../render";

const institution = { id: 1, name: "Tohoku Advanced Science University", nameJa: "東北先端科学大学", nameEn: "Tohoku Advanced Science University", prefecture: "Miyagi", timezone: "Asia/Tokyo" } as const;

const xrd = {
  id: 4, institutionId: 1, institution, name: "Powder X-ray diffractometer", nameJa: "粉末X線回折装置", nameEn: "Powder X-ray diffractometer",
  category: "xray_diffraction", categoryLabel: "X-ray diffraction", manufacturer: "Rigaku", model: "SmartLab",
  description: "Crystal phase identification and residual stress.", descriptionJa: "結晶相の同定と残留応力。", descriptionEn: "Crystal phase identification and residual stress.",
  keywords: ["XRD"], specs: [], location: { building: "A", room: "1" }, photoUrl: null, photos: [], status: "active", openingHours: {}, openingHoursChange: null,
  rules: { slotMinutes: 30, minDurationMinutes: 30, maxDurationMinutes: 240, leadTimeHours: 24, horizonDays: 90, requiresApproval: false },
  usageModes: { selfUse: true, staffOperated: true, training: true }, rates: { academic: 1000, company: 8000, sme: 4000, assistancePerHour: 3000 }, staffSupported: true,
} satisfies Instrument;

const card = (instrument: Instrument, language: "en" | "ja") =>
  renderWithApp(<ul><InstrumentCard instrument={instrument} customerType="sme" freeOnLabel={null} week={null} /></ul>, { language });

describe("InstrumentCard explains a search match", () => {
  it("shows the need answered through a technique and marks the matched words (English)", () => {
    card({ ...xrd, match: { terms: ["Crystal"], via: [{ need: "crystal structure", technique: "X-ray diffraction (XRD)", techniqueId: "xrd" }] } }, "en");
    expect(screen.getByText("“crystal structure” → X-ray diffraction (XRD)")).toBeTruthy();
    expect(screen.getByText("Matched:")).toBeTruthy();
    expect(screen.getAllByText("Crystal").every((node) => node.tagName === "MARK")).toBe(true);
  });

  it("in Japanese, and a typo shows the catalogue's spelling", () => {
    const ja = { ...xrd, name: xrd.nameJa, description: xrd.descriptionJa };
    card({ ...ja, match: { terms: ["結晶相"], via: [{ need: "結晶構造", technique: "X線回折 (XRD)", techniqueId: "xrd" }] } }, "ja");
    expect(screen.getByText("「結晶構造」→ X線回折 (XRD)")).toBeTruthy();
    expect(screen.getByText("一致した語:")).toBeTruthy();
  });

  it("without a search there is no explanation", () => {
    card(xrd, "en");
    expect(screen.queryByTestId("match-reason")).toBeNull();
  });
});

function renderEmpty(search: Partial<CatalogueSearch>, language: "en" | "ja", related?: string[]) {
  const onChange = jest.fn();
  const full: CatalogueSearch = { q: "", category: "", institutionId: null, prefecture: "", freeOn: "", page: 1, ...search };
  const institutions: Institution[] = [{ ...institution, kind: "university", address: "", addressJa: "", addressEn: "", contactEmail: "kyoyo@tasu.example", contactPhone: "", closedOnNationalHolidays: true, invoiceIssuerName: "", invoiceRegistrationNumber: null, instrumentCount: 9 }];
  renderWithApp(<NoResults search={full} related={related} onChange={onChange} />, {
    language,
    prime: (client) => client.setQueryData(["institutions", language], { items: institutions }),
  });
  return onChange;
}

describe("NoResults helps when nothing matched", () => {
  it("offers needs, popular techniques and the staff to ask (English)", () => {
    const onChange = renderEmpty({ q: "flux capacitor", category: "nmr" }, "en");
    expect(screen.getByText("Nothing in the catalogue matches “flux capacitor” yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "crystal structure" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ q: "crystal structure", category: "nmr", page: 1 }));
    fireEvent.click(screen.getByRole("button", { name: "Search again without the filters" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ q: "flux capacitor", category: "" }));
    fireEvent.click(screen.getByRole("button", { name: "Electron microscopy" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ q: "", category: "electron_microscopy" }));
    expect(screen.getByRole("link", { name: "kyoyo@tasu.example" }).getAttribute("href")).toBe("mailto:kyoyo@tasu.example");
    expect(screen.getByRole("link", { name: "Ask the facility’s staff for advice" }).getAttribute("href")).toBe("/consultations/new?q=flux%20capacitor");
  });

  it("in Japanese", () => {
    renderEmpty({ q: "タイムマシン" }, "ja");
    expect(screen.getByText("「タイムマシン」に当てはまる機器は見つかりませんでした。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "結晶構造" })).toBeTruthy();
    expect(screen.getByText("どの機器が合うか分からないときは")).toBeTruthy();
    expect(screen.getByRole("link", { name: "施設の職員に相談する" }).getAttribute("href")).toBe(`/consultations/new?q=${encodeURIComponent("タイムマシン")}`);
    expect(screen.queryByText(/に使われる分析手法/)).toBeNull();
    expect(screen.queryByRole("button", { name: "絞り込みを外して検索する" })).toBeNull();
  });
});

describe("NoResults names the techniques for a need the filters left no instrument for", () => {
  it("in Japanese, each a search of its own without the filters", () => {
    const onChange = renderEmpty({ q: "結晶構造", prefecture: "Okinawa" }, "ja", ["X線回折 (XRD)", "透過電子顕微鏡 (TEM)"]);
    expect(screen.getByText("「結晶構造」に使われる分析手法")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "X線回折 (XRD)" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ q: "X線回折 (XRD)", prefecture: "" }));
  });

  it("in English", () => {
    renderEmpty({ q: "surface roughness", category: "nmr" }, "en", ["Atomic force microscopy (AFM)", "Surface profilometry"]);
    expect(screen.getByText("Techniques that answer “surface roughness”")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Atomic force microscopy (AFM)" })).toBeTruthy();
  });
});
