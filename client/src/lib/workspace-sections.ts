import type { Role } from "../../../shared";

/** The workspace's pages, in menu order. */
export const SECTIONS = ["dashboard", "schedule", "calendar", "hours", "approvals", "requests", "qualifications", "instruments", "capabilities", "maintenance", "staff", "audit", "accounts", "companies", "charges", "invoices", "reports", "programme", "institutions", "terms", "search"] as const;
export type Section = (typeof SECTIONS)[number];

const BY_ROLE: Record<Role, readonly Section[]> = {
  company_member: [],
  staff: ["schedule", "calendar", "hours", "approvals", "requests", "qualifications", "charges"],
  institution_admin: ["approvals", "calendar", "requests", "qualifications", "instruments", "capabilities", "maintenance", "staff", "audit", "accounts", "companies", "charges", "invoices", "reports", "programme", "institutions"],
  coordinator: ["dashboard", "approvals", "requests", "qualifications", "instruments", "capabilities", "maintenance", "staff", "audit", "accounts", "companies", "charges", "invoices", "reports", "programme", "institutions", "terms", "search"],
};

/** The pages a role is offered; the server refuses the rest anyway. */
export function sectionsFor(role: Role): readonly Section[] {
  return BY_ROLE[role];
}

/** The coordinator oversees every institution and changes nothing. */
export function canChange(role: Role): boolean {
  return role === "staff" || role === "institution_admin";
}

/** Adding staff creates a login in the admin's own institution: its admins only (the coordinator belongs to none). */
export function canAddStaff(role: Role): boolean {
  return role === "institution_admin";
}

/** Where the workspace opens for a role. */
export function homeSection(role: Role): Section | null {
  return BY_ROLE[role][0] ?? null;
}
