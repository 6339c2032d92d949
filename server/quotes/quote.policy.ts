import type { Actor } from "../platform/actor";
import type { Consultation, ConsultationRoute, Quote } from "../platform/db/entities";

/**
 * Who may do what with a consultation's quotes. `issue`: the staff member assigned at a routed institution, or an
 * admin of a routed institution, for that institution. `answer` (accept, decline, book from it): the company's
 * members. `view`: whoever sees the consultation; institution people see their own institution's quotes only.
 */
export type QuoteAction = "issue" | "answer";

/** The routed institution `actor` may quote for, or null. */
export function quotingInstitution(actor: Actor, routes: readonly ConsultationRoute[]): number | null {
  const { role, institutionId } = actor.user;
  if ((role !== "staff" && role !== "institution_admin") || institutionId === null) return null;
  const route = routes.find((r) => r.institutionId === institutionId && r.removedAt === null);
  if (!route) return null;
  if (role === "institution_admin") return institutionId;
  return actor.staffMemberId !== null && route.assignedStaffMemberId === actor.staffMemberId ? institutionId : null;
}

export function canAnswer(actor: Actor, consultation: Consultation): boolean {
  return actor.user.role === "company_member" && actor.user.companyId === consultation.companyId;
}

/** Which of a visible consultation's quotes the actor sees: the company and the coordinator all, an institution its own. */
export function seesQuote(actor: Actor, quote: Quote): boolean {
  const { role, institutionId } = actor.user;
  if (role === "staff" || role === "institution_admin") return quote.institutionId === institutionId;
  return true;
}
