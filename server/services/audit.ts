import type { EntityManager } from "typeorm";
import { AuditEvent } from "../db/entities";
import { insertOnly } from "../db/insert-row";

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
  // A plain INSERT built once (`insertOnly`): an audit row is never updated and nobody reads it back right away.
  await insertOnly(em, AuditEvent, {
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    institutionId: entry.institutionId ?? null,
    companyId: entry.companyId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
  });
}
