import { z } from "zod";
import { AttachmentListResponseSchema, AttachmentResponseSchema, InstrumentSchema, type PhotoAltRequestSchema } from "../../../shared";
import { ConsultationAttachmentResponseSchema } from "../../../shared/schemas/consultation-files";
import { apiUrl, request } from "./http";

type Alt = z.input<typeof PhotoAltRequestSchema>;
const InstrumentEnvelope = z.object({ instrument: InstrumentSchema });

function form(file: File | null, fields: Record<string, string | undefined> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) data.append(key, value);
  if (file) data.append("file", file);
  return data;
}

/** Instrument photos (institution admins), booking and consultation attachments (README "Files", "Consultations"). */
export const filesApi = {
  addPhoto: (instrumentId: number, file: File, alt: Alt) =>
    request(`/instruments/${instrumentId}/photos`, InstrumentEnvelope, { method: "POST", body: form(file, alt) }).then((r) => r.instrument),
  replacePhoto: (instrumentId: number, photoId: string, file: File) =>
    request(`/instruments/${instrumentId}/photos/${photoId}`, InstrumentEnvelope, { method: "PUT", body: form(file) }).then((r) => r.instrument),
  updatePhotoAlt: (instrumentId: number, photoId: string, alt: Alt) =>
    request(`/instruments/${instrumentId}/photos/${photoId}`, InstrumentEnvelope, { method: "PATCH", body: alt }).then((r) => r.instrument),
  removePhoto: (instrumentId: number, photoId: string) =>
    request(`/instruments/${instrumentId}/photos/${photoId}`, InstrumentEnvelope, { method: "DELETE" }).then((r) => r.instrument),
  attachments: (reservationId: number) => request(`/reservations/${reservationId}/attachments`, AttachmentListResponseSchema).then((r) => r.items),
  attach: (reservationId: number, file: File) =>
    request(`/reservations/${reservationId}/attachments`, AttachmentResponseSchema, { method: "POST", body: form(file) }).then((r) => r.attachment),
  /** A plain link downloads it: the session cookie signs the GET in, the server answers `Content-Disposition: attachment`. */
  downloadUrl: (reservationId: number, attachmentId: number) => apiUrl(`/reservations/${reservationId}/attachments/${attachmentId}`),
  removeAttachment: (reservationId: number, attachmentId: number) =>
    request(`/reservations/${reservationId}/attachments/${attachmentId}`, null, { method: "DELETE" }),
  /** A file for a consultation's need, or with `messageId` for one of the uploader's messages in it. */
  attachToConsultation: (consultationId: number, file: File, messageId?: number) =>
    request(`/consultations/${consultationId}/attachments`, ConsultationAttachmentResponseSchema, { method: "POST", body: form(file, { messageId: messageId?.toString() }) }).then((r) => r.attachment),
  consultationFileUrl: (consultationId: number, attachmentId: number) => apiUrl(`/consultations/${consultationId}/attachments/${attachmentId}`),
  removeConsultationFile: (consultationId: number, attachmentId: number) =>
    request(`/consultations/${consultationId}/attachments/${attachmentId}`, null, { method: "DELETE" }),
};
