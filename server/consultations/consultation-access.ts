import { IsNull, type EntityManager } from "typeorm";
import type { AuditAction } from "../../shared/audit-actions";
import type { ConsultationStatus } from "../../shared/enums";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { Consultation, ConsultationRoute } from "../platform/db/entities";
import { Forbidden, NotFound } from "../platform/errors";
import { canOnConsultation, type ConsultationAccess, type ConsultationAction } from "./consultation.policy";

/** The institutions a consultation is routed to now, oldest first. */
export function activeRoutes(em: EntityManager, consultationId: number): Promise<ConsultationRoute[]> {
  return em.getRepository(ConsultationRoute).find({ where: { consultationId, removedAt: IsNull() }, order: { routedAt: "ASC", id: "ASC" } });
}

/** The consultation and its routes, for someone who may see it; anyone else is told it does not exist. */
export async function loadAccess(em: EntityManager, actor: Actor, id: number): Promise<ConsultationAccess> {
  const consultation = await em.getRepository(Consultation).findOneBy({ id });
  if (!consultation) throw new NotFound("Consultation");
  const access = { consultation, routes: await activeRoutes(em, id) };
  if (!canOnConsultation(actor, "view", access)) throw new NotFound("Consultation");
  return access;
}

/** The consultation when `actor` may see it (the company, the coordinator, routed institutions), else NotFound. */
export async function loadConsultationForActor(em: EntityManager, actor: Actor, id: number): Promise<Consultation> {
  return (await loadAccess(em, actor, id)).consultation;
}

/** Loads for `action`: invisible → 404, visible but not allowed → 403. */
export async function loadForAction(em: EntityManager, actor: Actor, id: number, action: ConsultationAction, refusal: string): Promise<ConsultationAccess> {
  const access = await loadAccess(em, actor, id);
  if (!canOnConsultation(actor, action, access)) throw new Forbidden(refusal);
  return access;
}

export interface StatusChange {
  /** The audit action; `consultation.status_changed` unless a more telling one applies. */
  action?: AuditAction;
  reason?: string | null;
  details?: Record<string, unknown>;
  /** Other columns changed with the status (e.g. closedReason). */
  changes?: Partial<Consultation>;
}

/**
 * Moves a consultation to `status` and audits the change (from → to) in the caller's transaction. Returns the
 * consultation as it now is. Moving to the status it already has writes nothing.
 */
export async function setConsultationStatus(
  em: EntityManager,
  actor: Actor | null,
  consultation: Consultation,
  status: ConsultationStatus,
  change: StatusChange = {},
): Promise<Consultation> {
  const from = consultation.status;
  if (from === status && !change.changes) return consultation;
  await em.getRepository(Consultation).update(consultation.id, { status, ...change.changes });
  await recordAudit(em, {
    actorUserId: actor?.user.id ?? null,
    action: change.action ?? "consultation.status_changed",
    entityType: "consultation",
    entityId: consultation.id,
    companyId: consultation.companyId,
    reason: change.reason ?? null,
    details: { from, to: status, ...change.details },
  });
  return Object.assign(consultation, { status, ...change.changes });
}
