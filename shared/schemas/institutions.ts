import { z } from "zod";
import { INSTITUTION_KINDS, PREFECTURES } from "../enums";

export const InstitutionRefSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  nameJa: z.string(),
  nameEn: z.string(),
  prefecture: z.enum(PREFECTURES),
  timezone: z.string(),
});
export type InstitutionRef = z.infer<typeof InstitutionRefSchema>;

export const InstitutionSchema = InstitutionRefSchema.extend({
  kind: z.enum(INSTITUTION_KINDS),
  address: z.string(),
  addressJa: z.string(),
  addressEn: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  closedOnNationalHolidays: z.boolean(),
  instrumentCount: z.number().int(),
});
export type Institution = z.infer<typeof InstitutionSchema>;

export const InstitutionListResponseSchema = z.object({ items: z.array(InstitutionSchema) });
