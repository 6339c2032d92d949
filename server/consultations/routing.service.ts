import { In, type EntityManager } from "typeorm";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { ConsultationRoute, Institution, StaffMember } from "../platform/db/entities";
import { Forbidden, RuleViolation } from "../platform/errors";
import { loadForAction, setConsultationStatus } from "./consultation-access";
import type { ConsultationAccess } from "./consultation.policy";

function assertOpen(access: ConsultationAccess): void {
  if (access.consultation.status === "closed") {
    throw new RuleViolation("The consultation is closed; the company can reopen it", { reason: "invalid_transition", status: "closed" });
  }
}

/**
 * The coordinator sends the request to `institutionIds` (replacing the institutions it was with). More than one
 * institution, or another one than before, needs the company's consent (422 consent_required). Institutions taken
 * off no longer see it; a `received` request becomes `routed`, an assigned one whose staff were taken off too.
 */
export async function routeConsultation(em: EntityManager, actor: Actor, id: number, institutionIds: number[], now: Date): Promise<void> {
  const access = await loadForAction(em, actor, id, "route", "Only the coordinator routes consultations");
  assertOpen(access);
  const { consultation } = access;
  const wanted = [...new Set(institutionIds)];
  const found = await em.getRepository(Institution).countBy({ id: In(wanted) });
  if (found !== wanted.length) throw new RuleViolation("No such institution", { reason: "invalid_target", field: "institutionIds" });
  const all = await em.getRepository(ConsultationRoute).findBy({ consultationId: id });
  const everRouted = new Set([...all.map((r) => r.institutionId), ...wanted]);
  if (everRouted.size > 1 && !consultation.shareWithOtherInstitutions) {
    throw new RuleViolation("The company has not agreed to share this request with more than one institution", { reason: "consent_required" });
  }
  const added = wanted.filter((institutionId) => !all.some((r) => r.institutionId === institutionId && r.removedAt === null));
  const removed = all.filter((r) => r.removedAt === null && !wanted.includes(r.institutionId));
  const repository = em.getRepository(ConsultationRoute);
  for (const route of removed) await repository.update(route.id, { removedAt: now });
  for (const institutionId of added) {
    const earlier = all.find((r) => r.institutionId === institutionId);
    const fresh = { routedAt: now, routedById: actor.user.id, assignedStaffMemberId: null, assignedAt: null, removedAt: null };
    if (earlier) await repository.update(earlier.id, fresh);
    else await repository.insert(repository.create({ consultationId: id, institutionId, ...fresh }));
  }
  if (added.length === 0 && removed.length === 0) return;
  await recordAudit(em, {
    actorUserId: actor.user.id, action: "consultation.routed", entityType: "consultation", entityId: id, companyId: consultation.companyId,
    details: { institutionIds: added, removedInstitutionIds: removed.map((r) => r.institutionId) },
  });
  const stillAssigned = all.some((r) => !removed.includes(r) && r.removedAt === null && r.assignedStaffMemberId !== null);
  if (consultation.status === "received" || (consultation.status === "assigned" && !stillAssigned)) {
    await setConsultationStatus(em, actor, consultation, "routed", { details: { quiet: true } });
  }
}

/**
 * An admin of a routed institution (or the coordinator) gives the request to a staff member of a routed institution
 * (422 staff_not_routed otherwise; an admin only to their own staff, 403). A routed request becomes `assigned`.
 */
export async function assignConsultation(em: EntityManager, actor: Actor, id: number, staffMemberId: number, now: Date): Promise<void> {
  const access = await loadForAction(em, actor, id, "assign", "Only an admin of a routed institution or the coordinator assigns staff");
  assertOpen(access);
  const member = await em.getRepository(StaffMember).findOneBy({ id: staffMemberId, active: true });
  const route = member && access.routes.find((r) => r.institutionId === member.institutionId);
  if (!member || !route) throw new RuleViolation("The staff member is not at an institution this request is routed to", { reason: "staff_not_routed" });
  if (actor.user.role === "institution_admin" && actor.user.institutionId !== member.institutionId) {
    throw new Forbidden("Admins assign their own institution's staff");
  }
  if (route.assignedStaffMemberId === member.id) return;
  await em.getRepository(ConsultationRoute).update(route.id, { assignedStaffMemberId: member.id, assignedAt: now });
  await recordAudit(em, {
    actorUserId: actor.user.id, action: "consultation.assigned", entityType: "consultation", entityId: id,
    institutionId: member.institutionId, companyId: access.consultation.companyId,
    details: { institutionId: member.institutionId, staffMemberId: member.id, previousStaffMemberId: route.assignedStaffMemberId },
  });
  if (access.consultation.status === "received" || access.consultation.status === "routed") {
    await setConsultationStatus(em, actor, access.consultation, "assigned", { details: { quiet: true } });
  }
}

export { assertOpen };
