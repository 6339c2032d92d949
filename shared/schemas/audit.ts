import { z } from "zod";
import { text } from "./text";
import { IdSchema, InstantSchema, PaginationQuerySchema } from "./common";

/** One entry of the audit trail: who did what to which record, when and why. */
export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: text(),
  action: text(),
  entityType: text(),
  entityId: z.number().int(),
  institutionId: z.number().int().nullable(),
  companyId: z.number().int().nullable(),
  actor: z.object({ id: z.number().int(), name: text(), role: text() }).nullable(),
  reason: text().nullable(),
  details: z.record(text(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditListQuerySchema = PaginationQuerySchema.extend({
  institutionId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  entityType: text().max(40).optional(),
  entityId: IdSchema.optional(),
  action: text().max(60).optional(),
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
});

export const AuditListResponseSchema = z.object({ items: z.array(AuditEventSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
