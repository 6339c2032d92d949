import { z } from "zod";
import { AttachedFileSchema } from "./files";
import { IdSchema } from "./common";

/**
 * A file on a consultation: the need's own (`messageId` null) or one of a message's. `deletable`: the caller
 * uploaded it and the consultation is open.
 */
export const ConsultationAttachmentSchema = AttachedFileSchema.extend({
  consultationId: z.number().int(),
  messageId: z.number().int().nullable(),
});
export type ConsultationAttachment = z.infer<typeof ConsultationAttachmentSchema>;

export const ConsultationAttachmentResponseSchema = z.object({ attachment: ConsultationAttachmentSchema });

/** The text field sent with the file (multipart): the message, written by the uploader, the file belongs to. */
export const ConsultationAttachmentFieldsSchema = z.object({ messageId: IdSchema.optional() });

export const ConsultationAttachmentParamsSchema = z.object({ id: IdSchema, attachmentId: IdSchema });
