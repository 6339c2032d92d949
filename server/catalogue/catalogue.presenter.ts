import { CATEGORY_LABELS, type Locale } from "../../shared/enums";
import type { Institution as InstitutionDto, InstitutionRef, Instrument as InstrumentDto, SearchMatch } from "../../shared";
import type { Institution, Instrument } from "../platform/db/entities";
import { ratesOf } from "../availability";

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
    instrumentCount,
  };
}

export function presentInstrument(instrument: Instrument, locale: Locale, staffSupported: boolean, match?: SearchMatch): InstrumentDto {
  return {
    id: instrument.id,
    institutionId: instrument.institutionId,
    institution: presentInstitutionRef(instrument.institution, locale),
    name: locale === "ja" ? instrument.nameJa : instrument.nameEn,
    nameJa: instrument.nameJa,
    nameEn: instrument.nameEn,
    category: instrument.category,
    categoryLabel: CATEGORY_LABELS[instrument.category][locale],
    manufacturer: instrument.manufacturer,
    model: instrument.model,
    description: locale === "ja" ? instrument.descriptionJa : instrument.descriptionEn,
    descriptionJa: instrument.descriptionJa,
    descriptionEn: instrument.descriptionEn,
    keywords: instrument.keywords,
    specs: instrument.specs,
    location: { building: instrument.building, room: instrument.room },
    photoUrl: instrument.photoUrl,
    photoUrls: instrument.photoUrls ?? [],
    status: instrument.status,
    openingHours: instrument.openingHours,
    openingHoursChange: instrument.openingHoursChange ?? null,
    rules: {
      slotMinutes: instrument.slotMinutes,
      minDurationMinutes: instrument.minDurationMinutes,
      maxDurationMinutes: instrument.maxDurationMinutes,
      leadTimeHours: instrument.leadTimeHours,
      horizonDays: instrument.horizonDays,
      requiresApproval: instrument.requiresApproval,
    },
    usageModes: { selfUse: instrument.selfUse, staffOperated: instrument.staffOperated, training: instrument.training },
    rates: ratesOf(instrument),
    staffSupported,
    ...(match && { match }),
  };
}
