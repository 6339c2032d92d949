import type { Attachment } from "../../shared/schemas/files";
import type { ReservationAttachment, User } from "../platform/db/entities";

export function presentAttachment(row: ReservationAttachment, uploader: Pick<User, "id" | "displayName">, deletable: boolean): Attachment {
  return {
    id: row.id,
    reservationId: row.reservationId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedBy: { id: uploader.id, name: uploader.displayName },
    createdAt: row.createdAt.toISOString(),
    deletable,
  };
}
