import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";
import { EmailSchema } from "./auth";
import { IdSchema, InstantSchema } from "./common";

export const QualificationSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  userName: text(),
  userEmail: text(),
  companyId: z.number().int().nullable(),
  companyName: text().nullable(),
  instrumentId: z.number().int(),
  instrumentName: text(),
  institutionId: z.number().int(),
  grantedAt: text(),
  grantedById: z.number().int().nullable(),
  expiresAt: text().nullable(),
  revokedAt: text().nullable(),
  revokeReason: text().nullable(),
  note: text(),
  /** Granted, not revoked, not expired. */
  valid: z.boolean(),
});
export type Qualification = z.infer<typeof QualificationSchema>;

/** Grant after training: name the company user by id or by email. A valid earlier grant is replaced. */
export const GrantQualificationRequestSchema = z
  .object({
    userId: IdSchema.optional(),
    email: EmailSchema.optional(),
    instrumentId: IdSchema,
    expiresAt: InstantSchema.nullable().optional(),
    note: text().trim().max(LIMITS.noteMaxLength).optional(),
    /** The training session this grant follows: it must be that user's training on that instrument, already held. */
    trainingReservationId: IdSchema.optional(),
  })
  .refine((b) => Boolean(b.userId) !== Boolean(b.email), { message: "Give either userId or email", path: ["userId"] });

export const QualificationListQuerySchema = z.object({
  instrumentId: IdSchema.optional(),
  userId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  includeInvalid: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
});

export const RevokeRequestSchema = z.object({ reason: text().trim().min(1).max(LIMITS.reasonMaxLength) });

export const QualificationResponseSchema = z.object({ qualification: QualificationSchema });
