import type { EntityManager } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { AuditEvent } from "../db/entities";

export interface AuditEntry {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: number;
  institutionId?: number | null;
  companyId?: number | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Appends to the audit trail inside the caller's transaction, so the record and the change land together. */
export async function recordAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  // `insert`, not `save`: an audit row is never updated, so there is nothing for `save` to compare or cascade.
  const repository = em.getRepository(AuditEvent);
  await repository.insert(repository.create({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    institutionId: entry.institutionId ?? null,
    companyId: entry.companyId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
  }) as QueryDeepPartialEntity<AuditEvent>);
}
