import { IANAZone } from "luxon";
import { z } from "zod";
import { text } from "./text";
import { EmailSchema } from "./auth";
import { INSTITUTION_KINDS, PREFECTURES } from "../enums";
import { LIMITS } from "../limits";
import { isRegistrationNumber } from "../rules/corporate-number";

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
  /** The legal name on the institution's invoices, and its qualified-invoice registration number (T + 13 digits). */
  invoiceIssuerName: text(),
  invoiceRegistrationNumber: text().nullable(),
  instrumentCount: z.number().int(),
});
export type Institution = z.infer<typeof InstitutionSchema>;

export const InstitutionListResponseSchema = z.object({ items: z.array(InstitutionSchema) });
export const InstitutionResponseSchema = z.object({ institution: InstitutionSchema });

const Name = text().trim().min(1).max(LIMITS.nameMaxLength);
const Address = text().trim().max(400);
/** Digits with optional +, spaces, hyphens and parentheses, e.g. 022-795-1234 or +81 22 795 1234. */
const Phone = text().trim().max(40).regex(/^(?:\+?[\d\s()-]{6,40})?$/, "Use digits, spaces, hyphens and an optional leading +");
const ContactEmail = z.union([z.literal(""), EmailSchema]);
/** An IANA time zone name Luxon knows (e.g. Asia/Tokyo). */
const Zone = text().trim().max(64).refine((zone) => IANAZone.isValidZone(zone), { message: "Use an IANA time zone such as Asia/Tokyo" });
/** `T` + 13 digits whose check digit holds; empty means none (yet). */
const RegistrationNumber = text()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => value === "" || isRegistrationNumber(value), { message: "Use T followed by the 13 digits of the registration number (the check digit must hold)" })
  .transform((value) => (value === "" ? null : value));

/** An institution's contacts: what its own admins may change. */
export const INSTITUTION_CONTACT_FIELDS = ["contactEmail", "contactPhone", "addressJa", "addressEn"] as const;

const InstitutionFields = {
  nameJa: Name,
  nameEn: Name,
  kind: z.enum(INSTITUTION_KINDS),
  prefecture: z.enum(PREFECTURES),
  timezone: Zone,
  closedOnNationalHolidays: z.boolean(),
  contactEmail: ContactEmail,
  contactPhone: Phone,
  addressJa: Address,
  addressEn: Address,
  invoiceIssuerName: text().trim().max(LIMITS.nameMaxLength),
  invoiceRegistrationNumber: RegistrationNumber.nullable(),
};

export const CreateInstitutionRequestSchema = z.object({
  ...InstitutionFields,
  timezone: Zone.default("Asia/Tokyo"),
  closedOnNationalHolidays: z.boolean().default(true),
  contactEmail: ContactEmail.default(""),
  contactPhone: Phone.default(""),
  addressJa: Address.default(""),
  addressEn: Address.default(""),
  invoiceIssuerName: InstitutionFields.invoiceIssuerName.default(""),
  invoiceRegistrationNumber: InstitutionFields.invoiceRegistrationNumber.default(null),
});
export type CreateInstitutionRequest = z.input<typeof CreateInstitutionRequestSchema>;

export const UpdateInstitutionRequestSchema = z
  .object(InstitutionFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: "Nothing to change" });
export type UpdateInstitutionRequest = z.input<typeof UpdateInstitutionRequestSchema>;
