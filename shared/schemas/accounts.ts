import { z } from "zod";
import { text } from "./text";
import { ROLES } from "../enums";
import { LIMITS } from "../limits";
import { IdSchema, PaginationQuerySchema } from "./common";

/**
 * The account directory (`GET /api/users`): the coordinator finds anyone's sign-in, an institution admin their
 * institution's staff and admins. `q` matches name or email, every word, case-insensitively.
 */
export const AccountListQuerySchema = PaginationQuerySchema.extend({
  q: text().trim().max(LIMITS.searchQueryMaxLength).optional(),
  role: z.enum(ROLES).optional(),
  companyId: IdSchema.optional(),
  institutionId: IdSchema.optional(),
});
export type AccountListQuery = z.input<typeof AccountListQuerySchema>;

const OrganisationSchema = z.object({ id: z.number().int(), name: text() });

/** One sign-in as the directory lists it; `canResetPassword` says whether the caller may set a new password for it. */
export const AccountSchema = z.object({
  id: z.number().int(),
  displayName: text(),
  email: text(),
  role: z.enum(ROLES),
  company: OrganisationSchema.nullable(),
  institution: OrganisationSchema.nullable(),
  active: z.boolean(),
  lastLoginAt: text().nullable(),
  canResetPassword: z.boolean(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountListResponseSchema = z.object({
  items: z.array(AccountSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AccountListResponse = z.infer<typeof AccountListResponseSchema>;
