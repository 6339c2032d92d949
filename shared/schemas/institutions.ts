import { z } from "zod";
import { text } from "./text";
import { INSTITUTION_KINDS, PREFECTURES } from "../enums";

export const InstitutionRefSchema = z.object({
  id: z.number().int(),
  name: text(),
  nameJa: text(),
  nameEn: text(),
  prefecture: z.enum(PREFECTURES),
  timezone: text(),
});
export type InstitutionRef = z.infer<typeof InstitutionRefSchema>;

export const InstitutionSchema = InstitutionRefSchema.extend({
  kind: z.enum(INSTITUTION_KINDS),
  address: text(),
  addressJa: text(),
  addressEn: text(),
  contactEmail: text(),
  contactPhone: text(),
  closedOnNationalHolidays: z.boolean(),
  instrumentCount: z.number().int(),
});
export type Institution = z.infer<typeof InstitutionSchema>;

export const InstitutionListResponseSchema = z.object({ items: z.array(InstitutionSchema) });
