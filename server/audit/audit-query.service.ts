import { In, type EntityManager } from "typeorm";
import type { z } from "zod";
import type { AuditListQuerySchema } from "../../shared/schemas/audit";
import { AuditEvent, User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";
import { listScope } from "../institutions";

type ListQuery = z.output<typeof AuditListQuerySchema>;

export interface AuditPage {
  items: AuditEvent[];
  total: number;
  actors: Map<number, User>;
}

async function withActors(em: EntityManager, items: AuditEvent[]): Promise<Map<number, User>> {
  const ids = [...new Set(items.map((e) => e.actorUserId).filter((id): id is number => id !== null))];
  const users = ids.length ? await em.getRepository(User).findBy({ id: In(ids) }) : [];
  return new Map(users.map((u) => [u.id, u]));
}

/** The audit trail of an institution, newest first: institution admins their own, the coordinator any or all. */
export async function listAuditEvents(em: EntityManager, user: User, query: ListQuery): Promise<AuditPage> {
  if (user.role !== "institution_admin" && user.role !== "coordinator") throw new Forbidden("The audit trail is for admins");
  const institutionId = listScope(user, query.institutionId);
  const q = em.getRepository(AuditEvent).createQueryBuilder("e");
  if (institutionId !== null) q.andWhere("e.institutionId = :institutionId", { institutionId });
  if (query.companyId) q.andWhere("e.companyId = :companyId", { companyId: query.companyId });
  if (query.entityType) q.andWhere("e.entityType = :entityType", { entityType: query.entityType });
  if (query.entityId) q.andWhere("e.entityId = :entityId", { entityId: query.entityId });
  if (query.action) q.andWhere("e.action = :action", { action: query.action });
  if (query.from) q.andWhere("e.createdAt >= :from", { from: new Date(query.from) });
  if (query.to) q.andWhere("e.createdAt < :to", { to: new Date(query.to) });
  const [items, total] = await q
    .orderBy("e.id", "DESC")
    .skip((query.page - 1) * query.pageSize)
    .take(query.pageSize)
    .getManyAndCount();
  return { items, total, actors: await withActors(em, items) };
}

/** A reservation's history, for everyone who may see the reservation (this is how a company reads the facility's notices). */
export async function reservationHistory(em: EntityManager, reservationId: number): Promise<{ items: AuditEvent[]; actors: Map<number, User> }> {
  const items = await em.getRepository(AuditEvent).find({ where: { entityType: "reservation", entityId: reservationId }, order: { id: "ASC" } });
  return { items, actors: await withActors(em, items) };
}
