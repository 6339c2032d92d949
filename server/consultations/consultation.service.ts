import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { ConsultationListQuerySchema, CreateConsultationRequestSchema } from "../../shared/schemas/consultations";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { Consultation, Instrument } from "../platform/db/entities";
import { Forbidden, RuleViolation } from "../platform/errors";

type CreateInput = z.output<typeof CreateConsultationRequestSchema>;
type ListQuery = z.output<typeof ConsultationListQuerySchema>;

/** A company member sends a need; it waits, `received`, for the coordinator to route it. */
export async function createConsultation(em: EntityManager, actor: Actor, input: CreateInput): Promise<Consultation> {
  const { user } = actor;
  if (user.role !== "company_member" || user.companyId === null) throw new Forbidden("Only company members can ask for advice");
  if (input.instrumentId !== undefined && !(await em.getRepository(Instrument).existsBy({ id: input.instrumentId }))) {
    throw new RuleViolation("No such instrument", { reason: "invalid_target", field: "instrumentId" });
  }
  const repository = em.getRepository(Consultation);
  const row = repository.create({
    companyId: user.companyId,
    createdById: user.id,
    summary: input.summary,
    details: input.details,
    material: input.material || null,
    wantToKnow: input.wantToKnow || null,
    sampleCount: input.sampleCount ?? null,
    sampleForm: input.sampleForm || null,
    desiredBy: input.desiredBy ?? null,
    shareWithOtherInstitutions: input.shareWithOtherInstitutions,
    preferredLanguage: input.preferredLanguage ?? user.locale,
    contactName: input.contact?.name || null,
    contactEmail: input.contact?.email || null,
    contactPhone: input.contact?.phone || null,
    instrumentId: input.instrumentId ?? null,
    capabilityId: input.capabilityId ?? null,
    status: "received",
    closedReason: null,
    outcomeSummary: null,
    outcomeShared: false,
    closedAt: null,
  });
  await repository.insert(row);
  await recordAudit(em, {
    actorUserId: user.id, action: "consultation.received", entityType: "consultation", entityId: row.id, companyId: row.companyId,
    details: { summary: row.summary },
  });
  return row;
}

/**
 * The consultations `actor` may see, newest first: a company its own, staff and admins those routed to their
 * institution, the coordinator all (each may filter by status, or open/closed).
 */
export async function listConsultations(em: EntityManager, actor: Actor, query: ListQuery): Promise<{ items: Consultation[]; total: number }> {
  const { user } = actor;
  const qb = em.getRepository(Consultation).createQueryBuilder("c");
  if (user.role === "company_member") {
    qb.where("c.companyId = :companyId", { companyId: user.companyId ?? -1 });
  } else if (user.role !== "coordinator") {
    qb.where(
      "EXISTS (SELECT 1 FROM consultation_route r WHERE r.consultation_id = c.id AND r.institution_id = :institutionId AND r.removed_at IS NULL)",
      { institutionId: user.institutionId ?? -1 },
    );
  }
  if (query.status) qb.andWhere("c.status = :status", { status: query.status });
  if (query.state === "open") qb.andWhere("c.status <> 'closed'");
  if (query.state === "closed") qb.andWhere("c.status = 'closed'");
  const [items, total] = await qb
    .orderBy("c.updatedAt", "DESC")
    .addOrderBy("c.id", "DESC")
    .skip((query.page - 1) * query.pageSize)
    .take(query.pageSize)
    .getManyAndCount();
  return { items, total };
}
