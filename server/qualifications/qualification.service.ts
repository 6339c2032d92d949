import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { GrantQualificationRequestSchema, QualificationListQuerySchema } from "../../shared/schemas/qualifications";
import { Qualification, Reservation, User } from "../platform/db/entities";
import { isQualificationValidAt, qualificationValidAtSql } from "../../shared/rules/qualification-validity";
import { Forbidden, NotFound, RuleViolation, ValidationError } from "../platform/errors";
import { canOnInstitution, listScope } from "../institutions";
import { canOnQualification } from "./qualification.policy";
import { recordAudit } from "../platform/audit-trail";
import { findInstrument } from "../instruments";

type GrantInput = z.output<typeof GrantQualificationRequestSchema>;
type ListQuery = z.output<typeof QualificationListQuerySchema>;

const RELATIONS = { user: { company: true }, instrument: true } as const;

function ownership(q: Qualification) {
  return { institutionId: q.instrument.institutionId, companyId: q.user.companyId };
}

/**
 * After training, staff of the instrument's institution clear a company user for self-use, optionally until
 * an expiry date. A still-valid earlier grant for the same person and instrument is superseded.
 */
export async function grantQualification(em: EntityManager, actor: User, input: GrantInput, now: number): Promise<Qualification> {
  const instrument = await findInstrument(em, input.instrumentId);
  if (!canOnInstitution(actor, "operate", instrument.institutionId)) throw new Forbidden("Only the instrument's institution can grant qualifications");
  const user = await em.getRepository(User).findOne({ where: input.userId ? { id: input.userId } : { email: input.email! } });
  if (!user) throw new NotFound("User");
  if (user.role !== "company_member" || !user.active) {
    throw new RuleViolation("Qualifications are granted to active company accounts", { reason: "invalid_target" });
  }
  if (input.trainingReservationId) await checkTraining(em, input.trainingReservationId, user.id, instrument.id, now);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= now) throw new ValidationError("expiresAt must be in the future");

  const previous = await em.getRepository(Qualification).findBy({ userId: user.id, instrumentId: instrument.id });
  for (const old of previous.filter((q) => isQualificationValidAt(q, now))) {
    await em.getRepository(Qualification).update(old.id, { revokedAt: new Date(now), revokedById: actor.id, revokeReason: "Superseded by a new grant" });
  }
  const row = em.getRepository(Qualification).create({
    userId: user.id,
    instrumentId: instrument.id,
    grantedById: actor.id,
    grantedAt: new Date(now),
    expiresAt,
    note: input.note ?? "",
  });
  await em.getRepository(Qualification).insert(row);
  await recordAudit(em, {
    actorUserId: actor.id,
    action: "qualification.granted",
    entityType: "qualification",
    entityId: row.id,
    institutionId: instrument.institutionId,
    companyId: user.companyId,
    reason: input.note ?? null,
    details: { userId: user.id, instrumentId: instrument.id, expiresAt: expiresAt?.toISOString() ?? null, trainingReservationId: input.trainingReservationId ?? null },
  });
  return loadQualification(em, row.id);
}

async function checkTraining(em: EntityManager, reservationId: number, userId: number, instrumentId: number, now: number): Promise<void> {
  const training = await em.getRepository(Reservation).findOneBy({ id: reservationId });
  const held = training && (training.status === "completed" || (training.status === "confirmed" && training.startsAt.getTime() <= now));
  if (!training || training.userId !== userId || training.instrumentId !== instrumentId || training.assistanceType !== "training" || !held) {
    throw new RuleViolation("trainingReservationId must be this user's training session on this instrument, already held", { reason: "invalid_target" });
  }
}

async function loadQualification(em: EntityManager, id: number): Promise<Qualification> {
  const row = await em.getRepository(Qualification).findOne({ where: { id }, relations: RELATIONS });
  if (!row) throw new NotFound("Qualification");
  return row;
}

export async function revokeQualification(em: EntityManager, actor: User, id: number, reason: string, now: number): Promise<Qualification> {
  const row = await loadQualification(em, id);
  if (!canOnQualification(actor, "view", ownership(row))) throw new NotFound("Qualification");
  if (!canOnQualification(actor, "revoke", ownership(row))) throw new Forbidden();
  if (row.revokedAt) throw new RuleViolation("The qualification is already revoked", { reason: "invalid_transition" });
  await em.getRepository(Qualification).update(id, { revokedAt: new Date(now), revokedById: actor.id, revokeReason: reason });
  await recordAudit(em, {
    actorUserId: actor.id,
    action: "qualification.revoked",
    entityType: "qualification",
    entityId: id,
    institutionId: row.instrument.institutionId,
    companyId: row.user.companyId,
    reason,
    details: { userId: row.userId, instrumentId: row.instrumentId },
  });
  return loadQualification(em, id);
}

/** Company members see their company's people; staff and admins their institution's instruments; the coordinator all. */
export async function listQualifications(em: EntityManager, actor: User, query: ListQuery, now: number): Promise<Qualification[]> {
  const q = em
    .getRepository(Qualification)
    .createQueryBuilder("q")
    .innerJoinAndSelect("q.user", "user")
    .leftJoinAndSelect("user.company", "company")
    .innerJoinAndSelect("q.instrument", "instrument");
  if (actor.role === "company_member") q.where("user.companyId = :companyId", { companyId: actor.companyId ?? -1 });
  else {
    const institutionId = listScope(actor, undefined);
    q.where(institutionId === null ? "1 = 1" : "instrument.institutionId = :institutionId", { institutionId });
  }
  if (query.instrumentId) q.andWhere("q.instrumentId = :instrumentId", { instrumentId: query.instrumentId });
  if (query.userId) q.andWhere("q.userId = :userId", { userId: query.userId });
  if (query.companyId) q.andWhere("user.companyId = :filterCompany", { filterCompany: query.companyId });
  if (!query.includeInvalid) {
    q.andWhere(qualificationValidAtSql("q", "now"), { now: new Date(now) });
  }
  return q.orderBy("q.grantedAt", "DESC").addOrderBy("q.id", "DESC").take(1000).getMany();
}
