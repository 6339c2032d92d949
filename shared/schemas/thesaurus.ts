import { z } from "zod";
import { INSTRUMENT_CATEGORIES } from "../enums";
import { NEEDS } from "../search/needs";
import { TECHNIQUES } from "../search/techniques";
import { text } from "./text";

const TECHNIQUE_IDS = TECHNIQUES.map((t) => t.id) as [string, ...string[]];

/** A base need is named by its first Japanese phrase (unique in `shared/search/needs.ts`). */
export const BASE_NEED_KEYS = NEEDS.map((need) => need.ja[0]) as [string, ...string[]];

const phrases = z.array(text().trim().min(1).max(60)).max(30);

const EntryFields = z.object({
  ja: phrases,
  en: phrases,
  techniques: z.array(z.enum(TECHNIQUE_IDS)).max(20),
  categories: z.array(z.enum(INSTRUMENT_CATEGORIES)).max(20),
  enabled: z.boolean(),
  /** The base need this entry replaces (or, disabled, switches off); null for a need of its own. */
  replaces: z.enum(BASE_NEED_KEYS).nullable(),
});

const complete = (entry: Partial<z.output<typeof EntryFields>>, ctx: z.RefinementCtx) => {
  if (entry.ja !== undefined && entry.en !== undefined && entry.ja.length + entry.en.length === 0) {
    ctx.addIssue({ code: "custom", path: ["ja"], message: "Give at least one phrase, in Japanese or English" });
  }
  if (entry.techniques !== undefined && entry.categories !== undefined && entry.techniques.length + entry.categories.length === 0) {
    ctx.addIssue({ code: "custom", path: ["techniques"], message: "Name at least one technique or instrument category" });
  }
};

/** `POST /api/search/thesaurus`: a need, in words people type, and the techniques or categories that answer it. */
export const CreateThesaurusEntryRequestSchema = EntryFields.extend({
  ja: phrases.default([]),
  en: phrases.default([]),
  techniques: EntryFields.shape.techniques.default([]),
  categories: EntryFields.shape.categories.default([]),
  enabled: z.boolean().default(true),
  replaces: EntryFields.shape.replaces.default(null),
}).superRefine(complete);
export type CreateThesaurusEntryRequest = z.input<typeof CreateThesaurusEntryRequestSchema>;

/** `PATCH /api/search/thesaurus/:id`: any of the fields; the entry as changed must still name a phrase and a target. */
export const UpdateThesaurusEntryRequestSchema = EntryFields.partial()
  .refine((body) => Object.keys(body).length > 0, { message: "Change at least one field" });
export type UpdateThesaurusEntryRequest = z.input<typeof UpdateThesaurusEntryRequestSchema>;

export const ThesaurusEntrySchema = EntryFields.extend({ id: z.number().int(), updatedAt: text() });
export type ThesaurusEntry = z.infer<typeof ThesaurusEntrySchema>;

/** `GET /api/search/thesaurus`: the repository's needs (with their keys), the admins' entries, and the techniques to choose from. */
export const ThesaurusResponseSchema = z.object({
  base: z.array(z.object({ key: text(), ja: z.array(text()), en: z.array(text()), techniques: z.array(text()), replacedBy: z.number().int().nullable() })),
  entries: z.array(ThesaurusEntrySchema),
  techniques: z.array(z.object({ id: text(), ja: text(), en: text() })),
});
export type ThesaurusResponse = z.infer<typeof ThesaurusResponseSchema>;

/** Checks the entry as a whole (after a PATCH merged into it). */
export const ThesaurusEntryCompleteSchema = EntryFields.superRefine(complete);
