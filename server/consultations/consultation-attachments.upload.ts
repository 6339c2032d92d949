import type { ConsultationAttachment } from "../../shared/schemas/consultation-files";
import { cleanFileName, type UploadedFile, type UploadStore } from "../files";
import type { Actor } from "../platform/actor";
import type { Database } from "../platform/db/database";
import { presentConsultationAttachment } from "./consultation-attachments.presenter";
import { recordConsultationAttachment } from "./consultation-attachments.service";

/**
 * Stores the uploaded file under a random name, then records it on the consultation (checked again in the write);
 * a refused or failed write removes the file, so nothing is left behind.
 */
export async function addConsultationAttachment(db: Database, store: UploadStore, actor: Actor, id: number, file: UploadedFile, messageId: number | null): Promise<ConsultationAttachment> {
  const stored = { fileName: cleanFileName(file.originalName, file.type), contentType: file.type, sizeBytes: file.bytes.length };
  const row = await store.saveAttachment(file.bytes, (storedName) =>
    db.write((em) => recordConsultationAttachment(em, actor, id, { storedName, ...stored }, messageId)),
  );
  return presentConsultationAttachment(row, actor.user, true);
}
