import { assistanceChoices, EMPTY_BOOKING, validateBooking } from "../../../client/src/features/booking/booking-form";

const slot = { start: "2027-06-09T01:00:00.000Z", end: "2027-06-09T02:00:00.000Z" };
const filled = { ...EMPTY_BOOKING, purpose: "Check a coating for cracks", hazardous: "no" as const };

describe("validateBooking", () => {
  it("builds the API request from a complete form", () => {
    const result = validateBooking({ ...filled, sampleDescription: " 3 steel coupons ", note: "" }, 7, slot);
    expect(result).toEqual({
      ok: true,
      data: {
        instrumentId: 7,
        start: slot.start,
        end: slot.end,
        purpose: "Check a coating for cracks",
        sampleDescription: "3 steel coupons",
        hazardDeclaration: "none",
        assistance: { type: "operation" },
      },
    });
  });

  it("asks for a time, a purpose and the hazard answer", () => {
    const result = validateBooking(EMPTY_BOOKING, 7, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.start).toEqual({ key: "slotRequired" });
    expect(result.errors.purpose).toEqual({ key: "required" });
    expect(result.errors.hazardous).toEqual({ key: "hazardRequired" });
  });

  it("needs the hazard described when the samples are hazardous", () => {
    const result = validateBooking({ ...filled, hazardous: "yes" }, 7, slot);
    expect(result).toEqual({ ok: false, errors: { hazardDetails: { key: "required" } } });
    const described = validateBooking({ ...filled, hazardous: "yes", hazardDetails: "Toluene residue, sealed vials" }, 7, slot);
    expect(described).toMatchObject({ ok: true, data: { hazardDeclaration: "Toluene residue, sealed vials" } });
  });

  it("refuses a purpose longer than the shared limit", () => {
    const result = validateBooking({ ...filled, purpose: "x".repeat(2001) }, 7, slot);
    expect(result).toEqual({ ok: false, errors: { purpose: { key: "tooLong", values: { max: 2000 } } } });
  });
});

describe("assistanceChoices", () => {
  it("offers only what the instrument offers, staff help first", () => {
    expect(assistanceChoices({ usageModes: { selfUse: true, staffOperated: true, training: false } })).toEqual(["operation", "consultation", "none"]);
    expect(assistanceChoices({ usageModes: { selfUse: true, staffOperated: false, training: false } })).toEqual(["none"]);
  });
});
