import type { User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";

/**
 * `view`: an institution's operational data (staff, blackouts, assistance, audit) — its staff and admins, and
 * the coordinator. `operate`: day-to-day facility work (approve, record sessions, grant qualifications) — its
 * staff and admins. `manage`: catalogue, rules, staff and closures — its admins only. The coordinator reads all
 * institutions and changes nothing.
 */
export type InstitutionAction = "view" | "operate" | "manage";

export function canOnInstitution(user: User, action: InstitutionAction, institutionId: number): boolean {
  switch (user.role) {
    case "company_member":
      return false;
    case "coordinator":
      return action === "view";
    case "staff":
      return user.institutionId === institutionId && action !== "manage";
    case "institution_admin":
      return user.institutionId === institutionId;
  }
}

/**
 * Which institution an operational list covers: staff and admins always their own (a different
 * `requested` id is refused), the coordinator the requested one or all (null). Company members are refused.
 */
export function listScope(user: User, requested: number | undefined): number | null {
  if (user.role === "coordinator") return requested ?? null;
  if (user.role === "company_member" || user.institutionId === null) throw new Forbidden("Only facility accounts can see this");
  if (requested !== undefined && requested !== user.institutionId) throw new Forbidden("You can only see your own institution");
  return user.institutionId;
}
