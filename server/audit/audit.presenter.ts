import type { AuditEvent as AuditEventDto } from "../../shared";
import type { AuditEvent, User } from "../platform/db/entities";

export function presentAuditEvent(event: AuditEvent, actor: User | undefined): AuditEventDto {
  return {
    id: event.id,
    at: event.createdAt.toISOString(),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    institutionId: event.institutionId,
    companyId: event.companyId,
    actor: actor ? { id: actor.id, name: actor.displayName, role: actor.role } : null,
    reason: event.reason,
    details: event.details,
  };
}
