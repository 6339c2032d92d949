import { z } from "zod";
import { text } from "./text";
import { INDUSTRY_SECTORS } from "../enums";
import { isCorporateNumber } from "../rules/corporate-number";

/** 法人番号: 13 digits whose first is the check digit (spaces and hyphens as people type them are dropped). */
export const CorporateNumberSchema = text()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .refine(isCorporateNumber, { message: "A corporate number has 13 digits and a valid check digit" });

/** The facts behind a customer type: the sector and size that decide SME status, the corporate number. */
export const CompanyFactsSchema = z.object({
  sector: z.enum(INDUSTRY_SECTORS).nullable().optional(),
  employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
  capitalYen: z.number().int().min(0).max(1e15).nullable().optional(),
  corporateNumber: CorporateNumberSchema.nullable().optional(),
});

