import { z } from "zod";
import { IdSchema, InstantSchema, PaginationQuerySchema } from "./common";

/** One entry of the audit trail: who did what to which record, when and why. */
export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.number().int(),
  institutionId: z.number().int().nullable(),
  companyId: z.number().int().nullable(),
  actor: z.object({ id: z.number().int(), name: z.string(), role: z.string() }).nullable(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditListQuerySchema = PaginationQuerySchema.extend({
  institutionId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  entityType: z.string().max(40).optional(),
  entityId: IdSchema.optional(),
  action: z.string().max(60).optional(),
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
});

export const AuditListResponseSchema = z.object({ items: z.array(AuditEventSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
