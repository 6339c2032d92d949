import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { ClosureListQuerySchema, CreateClosureRequestSchema } from "../../shared/schemas/facility";
import { Institution, InstitutionClosure, type User } from "../platform/db/entities";
import { Conflict, Forbidden, NotFound } from "../platform/errors";
import { canOnInstitution } from "../institutions";
import { localizedSummaries } from "../booking";
import { activeReservationsIn, cancelByFacility } from "../booking";
import { recordAudit } from "../platform/audit-trail";

type CreateInput = z.output<typeof CreateClosureRequestSchema>;
type ListQuery = z.output<typeof ClosureListQuerySchema>;

async function findInstitution(em: EntityManager, id: number): Promise<Institution> {
  const institution = await em.getRepository(Institution).findOneBy({ id });
  if (!institution) throw new NotFound("Institution");
  return institution;
}

/** An institution's own closure days (on top of national holidays); public, like the availability they shape. */
export async function listClosures(em: EntityManager, institutionId: number, query: ListQuery): Promise<InstitutionClosure[]> {
  await findInstitution(em, institutionId);
  const q = em.getRepository(InstitutionClosure).createQueryBuilder("c").where("c.institutionId = :institutionId", { institutionId }).orderBy("c.date", "ASC");
  if (query.from) q.andWhere("c.date >= :from", { from: query.from });
  if (query.to) q.andWhere("c.date <= :to", { to: query.to });
  return q.getMany();
}

/**
 * Closes the institution for a local day. Reservations on that day are listed and the closure refused,
 * unless `cancelAffected` is set: then they are cancelled with the closure's reason as the notice.
 */
export async function addClosure(em: EntityManager, user: User, institutionId: number, input: CreateInput, now: number) {
  const institution = await findInstitution(em, institutionId);
  if (!canOnInstitution(user, "manage", institutionId)) throw new Forbidden("Only the institution's admins add closure days");
  if (await em.getRepository(InstitutionClosure).existsBy({ institutionId, date: input.date })) {
    throw new Conflict("That day is already a closure day", { reason: "already_exists" });
  }
  const day = DateTime.fromISO(input.date, { zone: institution.timezone }).startOf("day");
  const window = { start: day.toMillis(), end: day.plus({ days: 1 }).toMillis() };
  const affected = await activeReservationsIn(em, { institutionId, window });
  if (affected.length > 0 && !input.cancelAffected) {
    throw new Conflict("Reservations are booked that day; cancel them with a notice to the companies, or choose another day", {
      reason: "reservations_affected",
      reservations: localizedSummaries(affected),
    });
  }
  const closure = em.getRepository(InstitutionClosure).create({ institutionId, date: input.date, reason: input.reason });
  await em.getRepository(InstitutionClosure).insert(closure);
  await cancelByFacility(em, user, affected, input.reason || "The facility is closed that day", { cause: "closure", closureId: closure.id }, now);
  await recordAudit(em, {
    actorUserId: user.id,
    action: "closure.created",
    entityType: "institution_closure",
    entityId: closure.id,
    institutionId,
    reason: input.reason || null,
    details: { date: input.date, cancelledReservationIds: affected.map((r) => r.id) },
  });
  return { closure, cancelled: affected };
}

export async function removeClosure(em: EntityManager, user: User, institutionId: number, closureId: number): Promise<void> {
  await findInstitution(em, institutionId);
  if (!canOnInstitution(user, "manage", institutionId)) throw new Forbidden("Only the institution's admins remove closure days");
  const closure = await em.getRepository(InstitutionClosure).findOneBy({ id: closureId, institutionId });
  if (!closure) throw new NotFound("Closure");
  await em.getRepository(InstitutionClosure).delete(closure.id);
  await recordAudit(em, { actorUserId: user.id, action: "closure.removed", entityType: "institution_closure", entityId: closure.id, institutionId, details: { date: closure.date } });
}
