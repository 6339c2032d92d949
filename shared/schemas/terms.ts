import { z } from "zod";
import { text } from "./text";
import { LIMITS } from "../limits";

/** The terms of use in force: a version number that grows with each publication, and the text in both languages. */
export const TermsSchema = z.object({ version: z.number().int().positive(), textJa: text(), textEn: text(), publishedAt: text() });
export type Terms = z.infer<typeof TermsSchema>;

/**
 * `GET /api/terms`: the current version (404 until the coordinator publishes a first one), and the newest version
 * the caller accepted (null when signed out or never).
 */
export const TermsResponseSchema = TermsSchema.extend({ acceptedVersion: z.number().int().nullable() });
export type TermsResponse = z.infer<typeof TermsResponseSchema>;

export const PublishTermsRequestSchema = z.object({
  textJa: text().trim().min(1).max(LIMITS.termsMaxLength),
  textEn: text().trim().min(1).max(LIMITS.termsMaxLength),
});
export type PublishTermsRequest = z.input<typeof PublishTermsRequestSchema>;

export const AcceptTermsRequestSchema = z.object({ version: z.number().int().positive() });
export type AcceptTermsRequest = z.input<typeof AcceptTermsRequestSchema>;

export const TermsAcceptedResponseSchema = z.object({ version: z.number().int(), acceptedAt: text() });
