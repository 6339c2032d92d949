import { z } from "zod";
import { LIMITS } from "../limits";
import { IdSchema, PaginationQuerySchema } from "./common";
import { SearchMatchSchema } from "./instruments";
import { text } from "./text";

/** Limits of a capability's fields, used by the server's schemas and the editor's form. */
export const CAPABILITY_LIMITS = { title: 200, summary: 4000, laboratory: 200, keyword: 60, keywords: 30, instruments: 20 } as const;

const required = (max: number) => text().trim().min(1).max(max);
const keywords = z.array(required(CAPABILITY_LIMITS.keyword)).max(CAPABILITY_LIMITS.keywords);

const CapabilityFields = z.object({
  titleJa: required(CAPABILITY_LIMITS.title),
  titleEn: required(CAPABILITY_LIMITS.title),
  summaryJa: required(CAPABILITY_LIMITS.summary),
  summaryEn: required(CAPABILITY_LIMITS.summary),
  laboratoryJa: required(CAPABILITY_LIMITS.laboratory),
  laboratoryEn: required(CAPABILITY_LIMITS.laboratory),
  keywordsJa: keywords,
  keywordsEn: keywords,
  /** Instruments of the capability's own institution (422 otherwise). */
  instrumentIds: z.array(IdSchema).max(CAPABILITY_LIMITS.instruments),
  published: z.boolean(),
});

/** `institutionId` defaults to an admin's own institution; the coordinator names one. */
export const CreateCapabilityRequestSchema = CapabilityFields.partial({ keywordsJa: true, keywordsEn: true, instrumentIds: true, published: true }).extend({
  institutionId: IdSchema.optional(),
});
export type CreateCapabilityRequest = z.input<typeof CreateCapabilityRequestSchema>;

export const UpdateCapabilityRequestSchema = CapabilityFields.partial().refine((value) => Object.keys(value).length > 0, { message: "Nothing to change" });
export type UpdateCapabilityRequest = z.input<typeof UpdateCapabilityRequestSchema>;

export const CapabilityListQuerySchema = PaginationQuerySchema.extend({
  q: text().trim().max(LIMITS.searchQueryMaxLength).optional(),
  institutionId: IdSchema.optional(),
  /** Only capabilities that use this instrument (an instrument page's "research capabilities"). */
  instrumentId: IdSchema.optional(),
});

const RefSchema = z.object({ id: z.number().int(), name: text(), nameJa: text(), nameEn: text() });

export const CapabilitySchema = z.object({
  id: z.number().int(),
  institutionId: z.number().int(),
  institution: RefSchema,
  title: text(),
  titleJa: text(),
  titleEn: text(),
  summary: text(),
  summaryJa: text(),
  summaryEn: text(),
  laboratory: text(),
  laboratoryJa: text(),
  laboratoryEn: text(),
  keywordsJa: z.array(text()),
  keywordsEn: z.array(text()),
  instruments: z.array(RefSchema),
  published: z.boolean(),
  updatedAt: text(),
  match: SearchMatchSchema.optional(),
});
export type Capability = z.infer<typeof CapabilitySchema>;

export const CapabilityListSchema = z.object({
  items: z.array(CapabilitySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CapabilityList = z.infer<typeof CapabilityListSchema>;

export const NeedSuggestionsQuerySchema = z.object({ q: text().trim().min(1).max(LIMITS.searchQueryMaxLength) });

/** What a need suggests: the instruments and capabilities that answer it, their institutions, and the staff who look after them. */
export const NeedSuggestionsSchema = z.object({
  instruments: z.array(z.object({ id: z.number().int(), nameJa: text(), nameEn: text(), institutionId: z.number().int(), match: SearchMatchSchema })),
  capabilities: z.array(z.object({ id: z.number().int(), titleJa: text(), titleEn: text(), institutionId: z.number().int(), match: SearchMatchSchema })),
  institutions: z.array(z.object({ id: z.number().int(), nameJa: text(), nameEn: text(), score: z.number() })),
  staff: z.array(z.object({ staffMemberId: z.number().int(), name: text(), institutionId: z.number().int() })),
});
export type NeedSuggestions = z.infer<typeof NeedSuggestionsSchema>;
