import type { Reservation } from "../platform/db/entities";
import type { Actor } from "../platform/actor";
import { canOnInstitution } from "../institutions";

/**
 * Assistance requests (reservations that need a staff member). The assigned person accepts or declines;
 * admins may decline or reassign on anyone's behalf; any staff member of the institution may take over a
 * request nobody is assigned to, and the assignee may hand theirs to a colleague.
 */
export type AssistanceAction = "view" | "accept" | "decline" | "reassign";

export function canOnAssistance(actor: Actor, action: AssistanceAction, reservation: Pick<Reservation, "institutionId" | "assignedStaffId">): boolean {
  const institutionId = reservation.institutionId;
  if (action === "view") return canOnInstitution(actor.user, "view", institutionId);
  if (!canOnInstitution(actor.user, "operate", institutionId)) return false;
  const isAdmin = canOnInstitution(actor.user, "manage", institutionId);
  const isAssignee = actor.staffMemberId !== null && actor.staffMemberId === reservation.assignedStaffId;
  switch (action) {
    case "accept":
      return isAssignee;
    case "decline":
      return isAssignee || isAdmin;
    case "reassign":
      return isAssignee || isAdmin || reservation.assignedStaffId === null;
  }
}
