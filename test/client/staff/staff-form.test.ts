import { ApiError } from "../../../client/src/api/http";
import { checkStaff, emptyStaffForm, staffServerErrors } from "../../../client/src/features/staff/staff-form";
import { generatePassword } from "../../../client/src/lib/generate-password";

const filled = () => ({ ...emptyStaffForm(), displayName: " 山田 花子 ", email: " Hanako.Yamada@Tasu.example ", instrumentIds: [12] });

describe("add-staff form", () => {
  it("builds the request the shared schema accepts, starting from weekday office hours and Japanese", () => {
    const form = filled();
    const result = checkStaff(form);
    expect(result).toEqual({
      ok: true,
      data: {
        displayName: "山田 花子", email: "hanako.yamada@tasu.example", password: form.password, locale: "ja", instrumentIds: [12],
        workingHours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "08:30", end: "17:15" }]])),
      },
    });
  });

  it("names each problem by field, as the server's schema sees it", () => {
    const result = checkStaff({ ...emptyStaffForm(), email: "not-an-email", password: "short" });
    expect(result).toEqual({
      ok: false,
      errors: { displayName: { key: "required" }, email: { key: "email" }, password: { key: "tooShort", values: { min: 10 } } },
    });
    expect(checkStaff({ ...filled(), email: "  " })).toEqual({ ok: false, errors: { email: { key: "required" } } });
  });

  it("holds back overlapping working hours that the schema alone would let through", () => {
    const form = filled();
    const hours = { ...form.hours, mon: [...form.hours.mon, { start: "12:00", end: "13:00" }] };
    expect(checkStaff({ ...form, hours })).toEqual({ ok: false, errors: { workingHours: { key: "invalid" } } });
  });

  it("generates readable initial passwords long enough for the schema, different each time", () => {
    const passwords = Array.from({ length: 50 }, generatePassword);
    for (const p of passwords) expect(p).toMatch(/^[a-km-np-zAC-HJ-NP-Z2-79]{4}-[a-km-np-zAC-HJ-NP-Z2-79]{4}-[a-km-np-zAC-HJ-NP-Z2-79]{4}$/);
    expect(new Set(passwords).size).toBe(50);
    expect(checkStaff({ ...filled(), password: passwords[0] }).ok).toBe(true);
  });

  it("puts the server's refusals next to the fields: an email in use, or what a 400 names", () => {
    expect(staffServerErrors(new ApiError(409, "conflict", "An account with this email already exists", { reason: "email_taken" }))).toEqual({ email: { key: "emailInUse" } });
    const invalid = new ApiError(400, "validation_failed", "workingHours.mon.0.end: end must be after start", {
      issues: [{ path: "workingHours.mon.0.end", message: "end must be after start", code: "custom" }, { path: "email", message: "Invalid email", code: "invalid_format" }],
    });
    expect(staffServerErrors(invalid)).toEqual({ workingHours: { key: "invalid" }, email: { key: "invalid" } });
    expect(staffServerErrors(new ApiError(403, "forbidden", "Only institution admins add staff"))).toEqual({});
  });
});
