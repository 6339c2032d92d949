import path from "node:path";
import type { EntityManager } from "typeorm";
import { LIMITS } from "../../shared/limits";
import type { Attachment } from "../../shared/schemas/files";
import { Reservation, ReservationAttachment, User } from "../platform/db/entities";
import type { Database } from "../platform/db/database";
import { recordAudit } from "../platform/audit-trail";
import { Conflict, Forbidden, NotFound } from "../platform/errors";
import { canOnAttachments, type AttachmentAction } from "./attachment.policy";
import { presentAttachment } from "./attachments.presenter";
import { EXTENSIONS } from "./file-types";
import type { UploadedFile } from "./upload";
import type { UploadStore } from "./upload-store";

interface AttachmentDeps {
  db: Database;
  store: UploadStore;
}

/** The booking, if the user may see its files (404 otherwise, as for the booking itself) and do `action` (403). */
export async function bookingFor(em: EntityManager, user: User, reservationId: number, action: AttachmentAction): Promise<Reservation> {
  const booking = await em.getRepository(Reservation).findOne({ where: { id: reservationId }, select: { id: true, companyId: true, institutionId: true, status: true } });
  if (!booking || !canOnAttachments(user, "see", booking)) throw new NotFound("Reservation");
  if (action !== "see" && !canOnAttachments(user, action, booking)) throw new Forbidden("Only the booking company adds files, while the booking is active");
  return booking;
}

async function attachmentOf(em: EntityManager, reservationId: number, attachmentId: number): Promise<ReservationAttachment> {
  const attachment = await em.getRepository(ReservationAttachment).findOneBy({ id: attachmentId, reservationId });
  if (!attachment) throw new NotFound("Attachment");
  return attachment;
}

/** A name safe to offer in Content-Disposition: no folders or control characters, not too long, with an extension. */
export function cleanFileName(original: string, type: UploadedFile["type"]): string {
  const base = path.basename(original.replace(/\\/g, "/")).replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  const name = base.slice(-LIMITS.attachmentNameMaxLength) || "attachment";
  return /\.[a-z0-9]{1,5}$/i.test(name) ? name : `${name.slice(0, LIMITS.attachmentNameMaxLength - 5)}.${EXTENSIONS[type]}`;
}

export async function listAttachments(em: EntityManager, user: User, reservationId: number): Promise<Attachment[]> {
  const booking = await bookingFor(em, user, reservationId, "see");
  const rows = await em.getRepository(ReservationAttachment).find({ where: { reservationId }, order: { id: "ASC" } });
  const uploaders = rows.length === 0 ? [] : await em.getRepository(User).find({ where: rows.map((r) => ({ id: r.uploadedByUserId })), select: { id: true, displayName: true } });
  const byId = new Map(uploaders.map((u) => [u.id, u]));
  return rows.map((row) => presentAttachment(row, byId.get(row.uploadedByUserId) ?? { id: row.uploadedByUserId, displayName: "" }, canOnAttachments(user, "remove", booking, row)));
}

/** Stores the file under a random name, then its row and audit event; a refused or failed write removes the file. */
export async function addAttachment(deps: AttachmentDeps, user: User, reservationId: number, file: UploadedFile): Promise<Attachment> {
  await bookingFor(deps.db.manager, user, reservationId, "attach");
  const row = await deps.store.saveAttachment(file.bytes, (storedName) =>
    deps.db.write(async (em) => {
      const booking = await bookingFor(em, user, reservationId, "attach");
      const count = await em.getRepository(ReservationAttachment).countBy({ reservationId });
      if (count >= LIMITS.attachmentsPerReservation) throw new Conflict(`At most ${LIMITS.attachmentsPerReservation} files per booking`, { reason: "too_many_attachments" });
      const saved = await em.getRepository(ReservationAttachment).save(
        em.getRepository(ReservationAttachment).create({ reservationId, uploadedByUserId: user.id, storedName, fileName: cleanFileName(file.originalName, file.type), contentType: file.type, sizeBytes: file.bytes.length }),
      );
      await recordAudit(em, { actorUserId: user.id, action: "reservation.attachment_added", entityType: "reservation", entityId: reservationId, institutionId: booking.institutionId, companyId: booking.companyId, details: { attachmentId: saved.id, fileName: saved.fileName } });
      return saved;
    }),
  );
  return presentAttachment(row, user, true);
}

/** The row and the path of a file the user may download. */
export async function attachmentToDownload(deps: AttachmentDeps, user: User, reservationId: number, attachmentId: number) {
  await bookingFor(deps.db.manager, user, reservationId, "see");
  const attachment = await attachmentOf(deps.db.manager, reservationId, attachmentId);
  return { attachment, file: deps.store.attachmentPath(attachment.storedName) };
}

export async function removeAttachment(deps: AttachmentDeps, user: User, reservationId: number, attachmentId: number): Promise<void> {
  const removed = await deps.db.write(async (em) => {
    const booking = await bookingFor(em, user, reservationId, "see");
    const attachment = await attachmentOf(em, reservationId, attachmentId);
    if (!canOnAttachments(user, "remove", booking, attachment)) throw new Forbidden("Only whoever added the file removes it, while the booking is active");
    await em.getRepository(ReservationAttachment).delete(attachment.id);
    await recordAudit(em, { actorUserId: user.id, action: "reservation.attachment_removed", entityType: "reservation", entityId: reservationId, institutionId: booking.institutionId, companyId: booking.companyId, details: { attachmentId, fileName: attachment.fileName } });
    return attachment;
  });
  await deps.store.remove(deps.store.attachmentPath(removed.storedName));
}
