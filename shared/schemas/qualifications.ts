import { z } from "zod";
import { LIMITS } from "../limits";
import { EmailSchema } from "./auth";
import { IdSchema, InstantSchema } from "./common";

export const QualificationSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  userName: z.string(),
  userEmail: z.string(),
  companyId: z.number().int().nullable(),
  companyName: z.string().nullable(),
  instrumentId: z.number().int(),
  instrumentName: z.string(),
  institutionId: z.number().int(),
  grantedAt: z.string(),
  grantedById: z.number().int().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  note: z.string(),
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
    note: z.string().trim().max(LIMITS.noteMaxLength).optional(),
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

export const RevokeRequestSchema = z.object({ reason: z.string().trim().min(1).max(LIMITS.reasonMaxLength) });

export const QualificationResponseSchema = z.object({ qualification: QualificationSchema });
