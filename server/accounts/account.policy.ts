import type { User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";

/**
 * Who may act on someone else's sign-in. `view`: knowing the account exists — the person themself, their
 * institution's staff and admins (colleagues), their own company's members, and the coordinator.
 * `reset_password`: setting a new initial password for someone who lost theirs —
 * - an institution admin for the `staff` accounts of their own institution (the accounts they create; not other
 *   admins, so one admin cannot take over another's account),
 * - the coordinator for company members (there is no email, so they ask the coordinator), staff and institution
 *   admins of every institution (nobody else could recover an admin), but not other coordinators.
 * Nobody resets their own password: changing it needs the current one (`POST /api/auth/password`).
 */
export type AccountAction = "view" | "reset_password";

type Target = Pick<User, "id" | "role" | "institutionId" | "companyId">;

export function canOnAccount(user: User, action: AccountAction, target: Target): boolean {
  switch (action) {
    case "view":
      return user.id === target.id || user.role === "coordinator" || sameInstitution(user, target) || sameCompany(user, target);
    case "reset_password":
      if (user.id === target.id) return false;
      if (user.role === "coordinator") return target.role !== "coordinator";
      return user.role === "institution_admin" && target.role === "staff" && sameInstitution(user, target);
  }
}

function sameInstitution(user: User, target: Target): boolean {
  return user.institutionId !== null && user.institutionId === target.institutionId;
}

function sameCompany(user: User, target: Target): boolean {
  return user.companyId !== null && user.companyId === target.companyId;
}

/**
 * Which accounts the account directory lists (the accounts a caller looks after): the coordinator every account,
 * or one institution's when asked; an institution admin their own institution's staff and admins (another
 * institution asked for is refused). Everyone else is refused.
 */
export function accountDirectoryScope(user: User, requestedInstitutionId: number | undefined): { institutionId: number | null } {
  if (user.role === "coordinator") return { institutionId: requestedInstitutionId ?? null };
  if (user.role !== "institution_admin" || user.institutionId === null) throw new Forbidden("The account directory is for admins and the coordinator");
  if (requestedInstitutionId !== undefined && requestedInstitutionId !== user.institutionId) throw new Forbidden("You can only see your own institution");
  return { institutionId: user.institutionId };
}
