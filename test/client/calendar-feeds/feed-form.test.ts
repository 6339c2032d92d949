import { feedTargets, initialFeedForm, instrumentInstitution, offeredKinds, toCreateRequest } from "../../../client/src/features/calendar-feeds/feed-form";

const admin = { institutionId: 4 };
const coordinator = { institutionId: null };

describe("offeredKinds", () => {
  it("offers exactly the kinds the server allows, in a stable order", () => {
    expect(offeredKinds(["user", "company"])).toEqual(["company", "user"]);
    expect(offeredKinds(["institution", "instrument", "staff"])).toEqual(["staff", "instrument", "institution"]);
    expect(offeredKinds([])).toEqual([]);
  });

  it("starts on the first offered kind", () => {
    expect(initialFeedForm(["user", "company"]).kind).toBe("company");
    expect(initialFeedForm([]).kind).toBe("");
  });
});

describe("feedTargets", () => {
  it("asks staff and admins for an instrument of their own institution only", () => {
    expect(feedTargets("instrument", admin)).toEqual({ instrument: true, institution: false });
    expect(feedTargets("institution", admin)).toEqual({ instrument: false, institution: false });
    expect(feedTargets("staff", admin)).toEqual({ instrument: false, institution: false });
  });

  it("asks the coordinator, who has no institution, which one", () => {
    expect(feedTargets("instrument", coordinator)).toEqual({ instrument: true, institution: true });
    expect(feedTargets("institution", coordinator)).toEqual({ instrument: false, institution: true });
  });

  it("asks company members for nothing more", () => {
    expect(feedTargets("company", coordinator)).toEqual({ instrument: false, institution: false });
    expect(feedTargets("user", coordinator)).toEqual({ instrument: false, institution: false });
  });

  it("lists the instruments of the user's institution, else of the chosen one", () => {
    const values = { ...initialFeedForm(["instrument"]), institutionId: "9" };
    expect(instrumentInstitution(values, admin)).toBe(4);
    expect(instrumentInstitution(values, coordinator)).toBe(9);
    expect(instrumentInstitution({ ...values, institutionId: "" }, coordinator)).toBeNull();
  });
});

describe("toCreateRequest", () => {
  it("sends a company member's choice with a trimmed label, or none", () => {
    expect(toCreateRequest({ kind: "user", institutionId: "", instrumentId: "", label: "  My bookings " }, coordinator)).toEqual({
      ok: true,
      data: { kind: "user", label: "My bookings" },
    });
    expect(toCreateRequest({ kind: "company", institutionId: "", instrumentId: "", label: "   " }, coordinator)).toEqual({ ok: true, data: { kind: "company" } });
  });

  it("requires the instrument for an instrument feed and leaves out choices that do not apply", () => {
    expect(toCreateRequest({ kind: "instrument", institutionId: "", instrumentId: "", label: "" }, admin)).toEqual({
      ok: false,
      errors: { instrumentId: { key: "required" } },
    });
    // An instrument picked earlier is not sent once the user switches to another kind.
    expect(toCreateRequest({ kind: "staff", institutionId: "", instrumentId: "12", label: "" }, admin)).toEqual({ ok: true, data: { kind: "staff" } });
    expect(toCreateRequest({ kind: "instrument", institutionId: "", instrumentId: "12", label: "" }, admin)).toEqual({
      ok: true,
      data: { kind: "instrument", instrumentId: 12 },
    });
  });

  it("sends the coordinator's institution with an institution feed, not with an instrument feed", () => {
    expect(toCreateRequest({ kind: "institution", institutionId: "", instrumentId: "", label: "" }, coordinator)).toEqual({
      ok: false,
      errors: { institutionId: { key: "required" } },
    });
    expect(toCreateRequest({ kind: "institution", institutionId: "3", instrumentId: "", label: "" }, coordinator)).toEqual({
      ok: true,
      data: { kind: "institution", institutionId: 3 },
    });
    expect(toCreateRequest({ kind: "instrument", institutionId: "3", instrumentId: "", label: "" }, coordinator)).toEqual({
      ok: false,
      errors: { instrumentId: { key: "required" } },
    });
    expect(toCreateRequest({ kind: "instrument", institutionId: "3", instrumentId: "8", label: "" }, coordinator)).toEqual({
      ok: true,
      data: { kind: "instrument", instrumentId: 8 },
    });
  });

  it("checks the label's length with the shared schema", () => {
    const result = toCreateRequest({ kind: "user", institutionId: "", instrumentId: "", label: "x".repeat(101) }, coordinator);
    expect(result).toEqual({ ok: false, errors: { label: { key: "tooLong", values: { max: 100 } } } });
  });

  it("asks for a kind when none is chosen", () => {
    expect(toCreateRequest({ kind: "", institutionId: "", instrumentId: "", label: "" }, admin)).toEqual({ ok: false, errors: { kind: { key: "required" } } });
  });
});
