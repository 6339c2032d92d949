import { canAddStaff, canChange, homeSection, sectionsFor } from "../../../client/src/lib/workspace-sections";

describe("workspace navigation by role", () => {
  it("offers staff their own pages and admins the facility's", () => {
    expect(sectionsFor("staff")).toEqual(["schedule", "calendar", "hours", "approvals", "requests", "qualifications", "charges"]);
    expect(sectionsFor("institution_admin")).toContain("charges");
    expect(sectionsFor("staff")).not.toContain("reports");
    expect(sectionsFor("institution_admin")).toEqual(expect.arrayContaining(["calendar", "reports", "programme"]));
    expect(sectionsFor("institution_admin")).toContain("instruments");
    expect(sectionsFor("institution_admin")).not.toContain("hours");
    expect(sectionsFor("staff")).not.toContain("audit");
    expect(sectionsFor("staff")).not.toContain("accounts");
    expect(sectionsFor("institution_admin")).toContain("accounts");
  });

  it("lets the coordinator read everything, change no facility, verify companies and publish the terms; companies have no workspace", () => {
    expect(sectionsFor("coordinator")).toEqual(["dashboard", ...sectionsFor("institution_admin").filter((s) => s !== "calendar"), "terms", "search"]);
    expect(sectionsFor("institution_admin")).toContain("companies");
    expect(sectionsFor("staff")).not.toContain("companies");
    expect(homeSection("coordinator")).toBe("dashboard");
    expect(homeSection("institution_admin")).toBe("approvals");
    expect(canChange("coordinator")).toBe(false);
    expect(canChange("staff")).toBe(true);
    expect(homeSection("company_member")).toBeNull();
    expect(homeSection("staff")).toBe("schedule");
  });

  it("offers adding staff only to institution admins, as POST /api/staff-members allows", () => {
    expect((["company_member", "staff", "institution_admin", "coordinator"] as const).filter(canAddStaff)).toEqual(["institution_admin"]);
  });
});
