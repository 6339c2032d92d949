import type { EntityManager } from "typeorm";
import type { AuditAction } from "../../shared/audit-actions";
import { AuditEvent } from "./db/entities";
import { insertOnly, type Companion } from "./db/insert-row";

export interface AuditEntry {
  actorUserId: number | null;
  action: AuditAction;
  entityType: string;
  entityId: number;
  institutionId?: number | null;
  companyId?: number | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

function auditRow(entry: Omit<AuditEntry, "entityId"> & { entityId?: number }): Partial<AuditEvent> {
  return {
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    institutionId: entry.institutionId ?? null,
    companyId: entry.companyId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
  };
}

/** Appends to the audit trail inside the caller's transaction, so the record and the change land together. */
export async function recordAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  // A plain INSERT built once (`insertOnly`): an audit row is never updated and nobody reads it back right away.
  await insertOnly(em, AuditEvent, auditRow(entry));
}

/**
 * The audit event of a row being created, as an `insertRow` companion: written with the row (in the same
 * statement on PostgreSQL), its `entityId` the new row's id.
 */
export function creationAudit(entry: Omit<AuditEntry, "entityId">): Companion<AuditEvent> {
  return { target: AuditEvent, values: auditRow(entry), idProperty: "entityId" };
}
