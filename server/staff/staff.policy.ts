import type { StaffMember } from "../platform/db/entities";
import type { Actor } from "../platform/actor";
import { canOnInstitution } from "../institutions";

/**
 * `view`: profile and schedule (colleagues plan together, so the whole institution sees it; the coordinator too).
 * `self_service`: working hours and time off — the person themself or their admins.
 * `manage`: instruments supported, name, deactivation — admins of the institution.
 */
export type StaffAction = "view" | "self_service" | "manage";

export function canOnStaffMember(actor: Actor, action: StaffAction, member: Pick<StaffMember, "id" | "institutionId">): boolean {
  switch (action) {
    case "view":
      return canOnInstitution(actor.user, "view", member.institutionId);
    case "self_service":
      return canOnInstitution(actor.user, "manage", member.institutionId) || (actor.user.role === "staff" && actor.staffMemberId === member.id);
    case "manage":
      return canOnInstitution(actor.user, "manage", member.institutionId);
  }
}
