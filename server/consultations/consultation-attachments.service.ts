import type { EntityManager } from "typeorm";
import type { AuditAction } from "../../shared/audit-actions";
import { LIMITS } from "../../shared/limits";
import type { AttachmentType } from "../../shared/schemas/files";
import type { Actor } from "../platform/actor";
import { recordAudit } from "../platform/audit-trail";
import { Consultation, ConsultationAttachment, ConsultationMessage } from "../platform/db/entities";
import { Conflict, Forbidden, NotFound, ValidationError } from "../platform/errors";
import { loadAccess, loadForAction } from "./consultation-access";
import { isCompanySide, type ConsultationAccess } from "./consultation.policy";

/** A file already written under UPLOAD_DIR, to be recorded on a consultation. */
export interface StoredFile {
  storedName: string;
  fileName: string;
  contentType: AttachmentType;
  sizeBytes: number;
}

function assertOpenForFiles(access: ConsultationAccess): void {
  if (access.consultation.status === "closed") {
    throw new Conflict("The consultation is closed; files can be added or removed again once the company reopens it", { reason: "consultation_closed" });
  }
}

/**
 * The consultation, if `actor` may add files to it: whoever may write in its thread (the company, the assigned
 * staff, admins of a routed institution, the coordinator; other staff 403, anyone who cannot see it 404), while open (409).
 */
export async function accessForAttaching(em: EntityManager, actor: Actor, id: number): Promise<ConsultationAccess> {
  const access = await loadForAction(em, actor, id, "message", "Only the company, the assigned staff, the institution's admins and the coordinator add files");
  assertOpenForFiles(access);
  return access;
}

/** Whether `actor` may remove this file: its uploader, while the consultation is open (what the page offers). */
export function canRemoveAttachment(actor: Actor, access: ConsultationAccess, attachment: ConsultationAttachment): boolean {
  return attachment.uploadedByUserId === actor.user.id && access.consultation.status !== "closed";
}

/** The audit event of a file added or removed; `side` tells the notices whom to tell. */
async function auditFile(em: EntityManager, actor: Actor, consultation: Consultation, action: AuditAction, file: ConsultationAttachment): Promise<void> {
  const side = isCompanySide(actor, consultation) ? "company" : actor.user.role === "coordinator" ? "coordinator" : "institution";
  await recordAudit(em, {
    actorUserId: actor.user.id, action, entityType: "consultation", entityId: consultation.id,
    institutionId: side === "institution" ? actor.user.institutionId : null, companyId: consultation.companyId,
    details: { attachmentId: file.id, fileName: file.fileName, messageId: file.messageId, side },
  });
}

/** The consultation row read again in the write transaction (on PostgreSQL locked, so two uploads cannot pass the limit together). */
async function lockConsultation(em: EntityManager, id: number): Promise<void> {
  if (em.connection.driver.options.type !== "postgres") return;
  await em.getRepository(Consultation).findOne({ where: { id }, select: { id: true }, lock: { mode: "pessimistic_write" } });
}

/**
 * Records a stored file on the consultation (the need's own, or with `messageId` one of the uploader's messages in
 * it: 400 otherwise), at most LIMITS.attachmentsPerConsultation (409), with its audit event; in the caller's transaction.
 */
export async function recordConsultationAttachment(em: EntityManager, actor: Actor, id: number, file: StoredFile, messageId: number | null): Promise<ConsultationAttachment> {
  const { consultation } = await accessForAttaching(em, actor, id);
  if (messageId !== null) {
    const message = await em.getRepository(ConsultationMessage).findOneBy({ id: messageId, consultationId: id });
    if (message?.authorUserId !== actor.user.id) throw new ValidationError("Attach files to a message you wrote in this consultation", { reason: "invalid_message", field: "messageId" });
  }
  await lockConsultation(em, id);
  const repository = em.getRepository(ConsultationAttachment);
  if ((await repository.countBy({ consultationId: id })) >= LIMITS.attachmentsPerConsultation) {
    throw new Conflict(`At most ${LIMITS.attachmentsPerConsultation} files per consultation`, { reason: "too_many_attachments", max: LIMITS.attachmentsPerConsultation });
  }
  const row = repository.create({ consultationId: id, messageId, uploadedByUserId: actor.user.id, ...file });
  await repository.insert(row);
  await auditFile(em, actor, consultation, "consultation.attachment_added", row);
  return row;
}

/** A file of a consultation the actor may see (404 for anyone who may not, and for a file of another consultation). */
export async function visibleAttachment(em: EntityManager, actor: Actor, id: number, attachmentId: number): Promise<{ access: ConsultationAccess; attachment: ConsultationAttachment }> {
  const access = await loadAccess(em, actor, id);
  const attachment = await em.getRepository(ConsultationAttachment).findOneBy({ id: attachmentId, consultationId: id });
  if (!attachment) throw new NotFound("Attachment");
  return { access, attachment };
}

/** Its uploader removes a file (anyone else who sees it: 403) while the consultation is open (409); answers the removed row. */
export async function deleteConsultationAttachment(em: EntityManager, actor: Actor, id: number, attachmentId: number): Promise<ConsultationAttachment> {
  const { access, attachment } = await visibleAttachment(em, actor, id, attachmentId);
  if (attachment.uploadedByUserId !== actor.user.id) throw new Forbidden("Only whoever added the file removes it");
  assertOpenForFiles(access);
  await em.getRepository(ConsultationAttachment).delete(attachment.id);
  await auditFile(em, actor, access.consultation, "consultation.attachment_removed", attachment);
  return attachment;
}
