import type { InvitationRole } from "../../shared/enums";
import type { Invitation, User } from "../platform/db/entities";
import { canOnInstitution } from "../institutions";
import { mayManageCompany } from "../company-members";

/** Where an invitation leads: an institution's people, a company's people, or the programme (the coordinator). */
export type InvitationTarget = { kind: "institution"; id: number } | { kind: "company"; id: number } | { kind: "programme" };

export function targetOf(invitation: Pick<Invitation, "institutionId" | "companyId">): InvitationTarget {
  if (invitation.institutionId !== null) return { kind: "institution", id: invitation.institutionId };
  if (invitation.companyId !== null) return { kind: "company", id: invitation.companyId };
  return { kind: "programme" };
}

/**
 * Who may invite to, list and revoke the invitations of a target: an institution's admins and the coordinator;
 * a company's admins and the coordinator; the programme's (further coordinators) the coordinator only.
 */
export function mayInviteTo(user: User, target: InvitationTarget): boolean {
  switch (target.kind) {
    case "institution":
      return user.role === "coordinator" || (user.role === "institution_admin" && canOnInstitution(user, "manage", target.id));
    case "company":
      return mayManageCompany(user, target.id);
    case "programme":
      return user.role === "coordinator";
  }
}

/** The role an accepted invitation gives, from the request's short form. */
export function invitationRoleOf(target: InvitationTarget["kind"], role: "admin" | "staff" | "member"): InvitationRole {
  if (target === "institution") return role === "admin" ? "institution_admin" : "staff";
  if (target === "company") return role === "admin" ? "company_admin" : "company_member";
  return "coordinator";
}
