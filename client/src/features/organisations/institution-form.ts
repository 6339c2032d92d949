import { INSTITUTION_CONTACT_FIELDS, type Institution, type InstitutionKind, type Prefecture } from "../../../../shared";

export interface InstitutionForm {
  nameJa: string;
  nameEn: string;
  kind: InstitutionKind;
  prefecture: Prefecture;
  timezone: string;
  closedOnNationalHolidays: boolean;
  contactEmail: string;
  contactPhone: string;
  addressJa: string;
  addressEn: string;
  invoiceIssuerName: string;
  invoiceRegistrationNumber: string;
}

export const EMPTY_INSTITUTION: InstitutionForm = {
  nameJa: "", nameEn: "", kind: "university", prefecture: "Tokyo", timezone: "Asia/Tokyo", closedOnNationalHolidays: true,
  contactEmail: "", contactPhone: "", addressJa: "", addressEn: "", invoiceIssuerName: "", invoiceRegistrationNumber: "",
};

export function formOf(institution: Institution): InstitutionForm {
  const { nameJa, nameEn, kind, prefecture, timezone, closedOnNationalHolidays, contactEmail, contactPhone, addressJa, addressEn, invoiceIssuerName } = institution;
  return { nameJa, nameEn, kind, prefecture, timezone, closedOnNationalHolidays, contactEmail, contactPhone, addressJa, addressEn, invoiceIssuerName, invoiceRegistrationNumber: institution.invoiceRegistrationNumber ?? "" };
}

/** What a save sends: everything for the coordinator, the contacts only for an institution admin. */
export function bodyOf(form: InstitutionForm, contactsOnly: boolean): Partial<InstitutionForm> {
  if (!contactsOnly) return form;
  return Object.fromEntries(INSTITUTION_CONTACT_FIELDS.map((field) => [field, form[field]]));
}

export const isContactField = (field: string) => (INSTITUTION_CONTACT_FIELDS as readonly string[]).includes(field);
