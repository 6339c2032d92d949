import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { IdSchema } from "./common";

/** File types accepted, as detected from the content (never from the name or the declared type). */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export const ATTACHMENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** A photo's stored name: 32 hex characters, random, then `.webp` in its address. */
export const PhotoIdSchema = text().regex(/^[0-9a-f]{32}$/, "Not a photo id");

const Alt = text().trim().max(LIMITS.photoAltMaxLength);

/** An instrument photo, re-encoded as WebP; `alt` in the request's language. */
export const InstrumentPhotoSchema = z.object({
  id: text(),
  url: text(),
  alt: text(),
  altJa: text(),
  altEn: text(),
  width: z.number().int(),
  height: z.number().int(),
});
export type InstrumentPhoto = z.infer<typeof InstrumentPhotoSchema>;

/** The text fields sent with a photo upload (multipart), or alone to change the alternative text. */
export const PhotoAltRequestSchema = z.object({ altJa: Alt.default(""), altEn: Alt.default("") });
export const PhotoParamsSchema = z.object({ id: IdSchema, photoId: PhotoIdSchema });
export const PhotoFileParamsSchema = z.object({ id: IdSchema, file: text().regex(/^[0-9a-f]{32}\.webp$/, "Not a photo file") });

/** What any attached file shows. `deletable`: the caller uploaded it and may still remove it. */
export const AttachedFileSchema = z.object({
  id: z.number().int(),
  fileName: text(),
  contentType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: z.number().int(),
  uploadedBy: z.object({ id: z.number().int(), name: text() }),
  createdAt: text(),
  deletable: z.boolean(),
});

/** A file attached to a booking; deletable while the booking is active. */
export const AttachmentSchema = AttachedFileSchema.extend({ reservationId: z.number().int() });
export type Attachment = z.infer<typeof AttachmentSchema>;

export const AttachmentListResponseSchema = z.object({ items: z.array(AttachmentSchema) });
export const AttachmentResponseSchema = z.object({ attachment: AttachmentSchema });
export const AttachmentParamsSchema = z.object({ id: IdSchema, attachmentId: IdSchema });
