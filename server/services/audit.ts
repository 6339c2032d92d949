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
  // A plain INSERT: an audit row is never updated (nothing for `save` to compare) and nobody reads its generated
  // columns back (on SQLite, TypeORM would otherwise SELECT the new row again).
  await em
    .createQueryBuilder()
    .insert()
    .into(AuditEvent)
    .values({
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      institutionId: entry.institutionId ?? null,
      companyId: entry.companyId ?? null,
      reason: entry.reason ?? null,
      details: (entry.details ?? null) as QueryDeepPartialEntity<AuditEvent>["details"],
    })
    .updateEntity(false)
    .execute();
}
