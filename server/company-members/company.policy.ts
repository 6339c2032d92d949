import type { User } from "../platform/db/entities";

/**
 * Who manages a company's people (invites, changes roles, removes): its company admins and the coordinator.
 * Its plain members and everyone else may not.
 */
export function mayManageCompany(user: User, companyId: number): boolean {
  if (user.role === "coordinator") return true;
  return user.role === "company_member" && user.companyId === companyId && user.companyRole === "admin";
}

/** Whether the company is visible to the user at all (its own members, the coordinator); others get 404. */
export function maySeeCompany(user: User, companyId: number): boolean {
  return user.role === "coordinator" || (user.role === "company_member" && user.companyId === companyId);
}
