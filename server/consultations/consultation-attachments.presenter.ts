import type { ConsultationAttachment as ConsultationAttachmentDto } from "../../shared/schemas/consultation-files";
import type { ConsultationAttachment, User } from "../platform/db/entities";

export function presentConsultationAttachment(row: ConsultationAttachment, uploader: Pick<User, "displayName"> | undefined, deletable: boolean): ConsultationAttachmentDto {
  return {
    id: row.id,
    consultationId: row.consultationId,
    messageId: row.messageId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedBy: { id: row.uploadedByUserId, name: uploader?.displayName ?? "—" },
    createdAt: row.createdAt.toISOString(),
    deletable,
  };
}
