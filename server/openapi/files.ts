import { z } from "zod";
import * as S from "../../shared";
import * as F from "../../shared/schemas/consultation-files";
import type { Op } from "./document";

interface Helpers {
  named: <T extends z.ZodType>(id: string, schema: T) => T;
  json: (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };
  Instrument: z.ZodType;
}

const multipart = (schema: z.ZodType) => ({ content: { "multipart/form-data": { schema } } });
const fileField = z.string().meta({ format: "binary" });

/** Uploaded files: instrument photos (public), booking attachments (the company and the institution's staff), consultation files. */
export function registerFileOperations(op: Op, { named, json, Instrument }: Helpers): void {
  const InstrumentEnvelope = z.object({ instrument: Instrument });
  const photoParams = { params: S.PhotoParamsSchema };
  const PhotoUpload = named("PhotoUpload", S.PhotoAltRequestSchema.extend({ file: fileField.describe("JPEG, PNG or WebP (by content), at most 5 MB") }));
  const Attachment = named("Attachment", S.AttachmentSchema);
  const attachmentParams = { params: S.AttachmentParamsSchema };

  op("get", "/api/instruments/{id}/photos/{file}", "An instrument photo (WebP, re-encoded, no metadata); public catalogue content, cached for good (a new image gets a new name)", false, { status: 200, mediaType: "image/webp", schema: z.string().meta({ format: "binary" }) }, { params: S.PhotoFileParamsSchema });
  op("post", "/api/instruments/{id}/photos", "Add a photo (admins of the instrument's institution; others 403): re-encoded as WebP at most 1600 px, EXIF and GPS removed; 413 over 5 MB, 400 for content that is not a JPEG, PNG or WebP image; at most 10 (409)", true, { status: 201, schema: InstrumentEnvelope }, { params: S.IdParamsSchema, body: multipart(PhotoUpload) });
  op("put", "/api/instruments/{id}/photos/{photoId}", "Replace a photo's image (it gets a new id and address; its alternative text stays unless sent)", true, { status: 200, schema: InstrumentEnvelope }, { ...photoParams, body: multipart(PhotoUpload.partial()) });
  op("patch", "/api/instruments/{id}/photos/{photoId}", "Change a photo's alternative text (ja, en)", true, { status: 200, schema: InstrumentEnvelope }, { ...photoParams, body: json(named("PhotoAltRequest", S.PhotoAltRequestSchema)) });
  op("delete", "/api/instruments/{id}/photos/{photoId}", "Remove a photo and its file", true, { status: 200, schema: InstrumentEnvelope }, photoParams);

  op("get", "/api/reservations/{id}/attachments", "Files attached to a booking: its company and the institution's staff and admins (anyone else: 404)", true, { status: 200, schema: S.AttachmentListResponseSchema.extend({ items: z.array(Attachment) }) }, { params: S.IdParamsSchema });
  op("post", "/api/reservations/{id}/attachments", "Attach a file to an active booking (its company's members): PDF, PNG, JPEG or WebP by content (400 otherwise, whatever the name), at most 20 MB (413), 10 per booking (409)", true, { status: 201, schema: z.object({ attachment: Attachment }) }, { params: S.IdParamsSchema, body: multipart(z.object({ file: fileField })) });
  op("get", "/api/reservations/{id}/attachments/{attachmentId}", "Download an attached file (Content-Disposition: attachment, X-Content-Type-Options: nosniff, no-store)", true, { status: 200, mediaType: "application/octet-stream", schema: z.string().meta({ format: "binary" }) }, attachmentParams);
  op("delete", "/api/reservations/{id}/attachments/{attachmentId}", "Remove a file you attached, while the booking is active (others 403)", true, { status: 204 }, attachmentParams);

  const ConsultationAttachment = named("ConsultationAttachment", F.ConsultationAttachmentSchema);
  const consultationFileParams = { params: F.ConsultationAttachmentParamsSchema };
  const ConsultationFileUpload = named("ConsultationAttachmentUpload", F.ConsultationAttachmentFieldsSchema.extend({ file: fileField.describe("PDF, PNG, JPEG or WebP (by content), at most 20 MB") }));
  op("post", "/api/consultations/{id}/attachments", "Attach a file to an open consultation: whoever writes in its thread (the company's members, the assigned staff, admins of a routed institution, the coordinator; other staff 403, anyone who cannot see it 404). Without messageId the file belongs to the need; with it, to a message the uploader wrote (400 otherwise). PDF, PNG, JPEG or WebP by content (400 file_type), at most 20 MB (413), 20 per consultation (409 too_many_attachments), a closed consultation 409 consultation_closed. The files are listed in the consultation (attachments, and each message's)", true, { status: 201, schema: z.object({ attachment: ConsultationAttachment }) }, { params: S.IdParamsSchema, body: multipart(ConsultationFileUpload) });
  op("get", "/api/consultations/{id}/attachments/{attachmentId}", "Download a consultation's file, for whoever sees the consultation (others 404): Content-Disposition: attachment, X-Content-Type-Options: nosniff, no-store", true, { status: 200, mediaType: "application/octet-stream", schema: z.string().meta({ format: "binary" }) }, consultationFileParams);
  op("delete", "/api/consultations/{id}/attachments/{attachmentId}", "Remove a file you attached, while the consultation is open (others who see it 403; closed 409)", true, { status: 204 }, consultationFileParams);
}
