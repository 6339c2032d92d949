import type { Locale } from "../../shared/enums";
import type { Institution as InstitutionDto, InstitutionRef } from "../../shared";
import type { Institution } from "../platform/db/entities";

export function presentInstitutionRef(institution: Institution, locale: Locale): InstitutionRef {
  return {
    id: institution.id,
    name: locale === "ja" ? institution.nameJa : institution.nameEn,
    nameJa: institution.nameJa,
    nameEn: institution.nameEn,
    prefecture: institution.prefecture,
    timezone: institution.timezone,
  };
}

export function presentInstitution(institution: Institution, instrumentCount: number, locale: Locale): InstitutionDto {
  return {
    ...presentInstitutionRef(institution, locale),
    kind: institution.kind,
    address: locale === "ja" ? institution.addressJa : institution.addressEn,
    addressJa: institution.addressJa,
    addressEn: institution.addressEn,
    contactEmail: institution.contactEmail,
    contactPhone: institution.contactPhone,
    closedOnNationalHolidays: institution.closedOnNationalHolidays,
    invoiceIssuerName: institution.invoiceIssuerName,
    invoiceRegistrationNumber: institution.invoiceRegistrationNumber,
    instrumentCount,
  };
}
