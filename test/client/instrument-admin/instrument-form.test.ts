import { checkInstrument, emptyForm, formFromInstrument, formToInput } from "../../../client/src/features/instrument-admin/instrument-form";
import type { Instrument } from "../../../shared";

const filled = () => ({ ...emptyForm(), nameJa: "卓上SEM", nameEn: "Tabletop SEM", category: "electron_microscopy" as const });

describe("instrument editor form", () => {
  it("builds the request the shared schema accepts: keywords split in either language, photos are not part of it (uploaded apart)", () => {
    const result = checkInstrument({ ...filled(), keywords: "SEM, 異物、低真空\nSEM", specs: [{ ja: "倍率", en: "Magnification", value: "×100,000" }, { ja: "", en: "", value: "" }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.keywords).toEqual(["SEM", "異物", "低真空"]);
    expect(result.data).not.toHaveProperty("photoUrl");
    expect(result.data.specs).toEqual([{ label: { ja: "倍率", en: "Magnification" }, value: "×100,000" }]);
    expect(result.data.openingHours.mon).toEqual([{ start: "09:00", end: "17:00" }]);
    expect(result.data.openingHours.sat).toBeUndefined();
  });

  it("names each problem by field with a message key", () => {
    const result = checkInstrument({
      ...filled(), nameEn: "  ", horizonDays: "", leadTimeHours: "-1",
      selfUse: false, staffOperated: false, training: false, rateSme: "-5",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      nameEn: { key: "required" },
      "rules.horizonDays": { key: "number" },
      "rules.leadTimeHours": { key: "min", values: { min: 0 } },
      usageModes: { key: "oneMode" },
      "rates.sme": { key: "min", values: { min: 0 } },
    });
    expect(result.errors.nameJa).toBeUndefined();
  });

  it("asks for a longest booking no shorter than the shortest", () => {
    const result = checkInstrument({ ...filled(), slotMinutes: "30", minDurationMinutes: "60", maxDurationMinutes: "30" });
    expect(!result.ok && result.errors["rules.maxDurationMinutes"]).toEqual({ key: "maxBelowMin" });
  });

  it("asks for durations in whole slots", () => {
    const result = checkInstrument({ ...filled(), slotMinutes: "60", minDurationMinutes: "90", maxDurationMinutes: "180" });
    expect(!result.ok && result.errors["rules.minDurationMinutes"]).toEqual({ key: "wholeSlots" });
  });

  it("round-trips an instrument through the form unchanged", () => {
    const instrument = {
      nameJa: "粉末X線回折装置", nameEn: "Powder X-ray diffractometer", category: "xray_diffraction", manufacturer: "Rigaku", model: "SmartLab",
      descriptionJa: "説明", descriptionEn: "Description", keywords: ["XRD", "結晶構造"], specs: [{ label: { ja: "線源", en: "Source" }, value: "Cu Kα" }],
      location: { building: "A", room: "101" },
      openingHours: { tue: [{ start: "10:00", end: "16:00" }] },
      rules: { slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 480, leadTimeHours: 24, horizonDays: 60, requiresApproval: true },
      usageModes: { selfUse: true, staffOperated: true, training: false }, rates: { academic: 1000, company: 8000, sme: 4000, assistancePerHour: 3000 },
    } as unknown as Instrument;
    const { openingHours, ...rest } = formToInput(formFromInstrument(instrument));
    expect(openingHours).toEqual(instrument.openingHours);
    expect(rest).toMatchObject({ keywords: instrument.keywords, specs: instrument.specs, rules: instrument.rules, rates: instrument.rates, usageModes: instrument.usageModes });
  });
});
