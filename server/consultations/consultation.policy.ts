import type { Actor } from "../platform/actor";
import type { Consultation, ConsultationRoute } from "../platform/db/entities";

/**
 * Who may do what to a consultation. `view`: the company's members, the coordinator, staff and admins of an
 * institution it is routed to (everyone else is told it does not exist). `route`: the coordinator. `assign`: the
 * coordinator or an admin of a routed institution. `message`: the company, the assigned staff, admins of a routed
 * institution, the coordinator. `advise` (log advice time, propose a meeting): the assigned staff. `close`: the
 * assigned staff, an admin of a routed institution, the coordinator, or the company withdrawing. `reopen`: the company.
 */
export type ConsultationAction = "view" | "route" | "assign" | "message" | "advise" | "close" | "reopen";

export interface ConsultationAccess {
  consultation: Consultation;
  /** The institutions it is routed to now (rerouted ones left out). */
  routes: ConsultationRoute[];
}

export function isCompanySide(actor: Actor, consultation: Consultation): boolean {
  return actor.user.role === "company_member" && actor.user.companyId === consultation.companyId;
}

function routedTo(actor: Actor, routes: ConsultationRoute[]): ConsultationRoute | undefined {
  if (actor.user.role !== "staff" && actor.user.role !== "institution_admin") return undefined;
  return routes.find((route) => route.institutionId === actor.user.institutionId);
}

export function isAssignedStaff(actor: Actor, routes: ConsultationRoute[]): boolean {
  return actor.staffMemberId !== null && routes.some((route) => route.assignedStaffMemberId === actor.staffMemberId);
}

function isRoutedAdmin(actor: Actor, routes: ConsultationRoute[]): boolean {
  return actor.user.role === "institution_admin" && routedTo(actor, routes) !== undefined;
}

export function canOnConsultation(actor: Actor, action: ConsultationAction, { consultation, routes }: ConsultationAccess): boolean {
  const coordinator = actor.user.role === "coordinator";
  const company = isCompanySide(actor, consultation);
  switch (action) {
    case "view":
      return coordinator || company || routedTo(actor, routes) !== undefined;
    case "route":
      return coordinator;
    case "assign":
      return coordinator || isRoutedAdmin(actor, routes);
    case "message":
      return coordinator || company || isRoutedAdmin(actor, routes) || isAssignedStaff(actor, routes);
    case "advise":
      return isAssignedStaff(actor, routes);
    case "close":
      return coordinator || company || isRoutedAdmin(actor, routes) || isAssignedStaff(actor, routes);
    case "reopen":
      return company;
  }
}
