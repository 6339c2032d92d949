import { CATEGORY_LABELS, type Locale } from "../../shared/enums";
import type { Instrument as InstrumentDto, SearchMatch } from "../../shared";
import type { Instrument } from "../platform/db/entities";
import { presentInstitutionRef } from "../institutions";
import { ratesOf } from "../availability";

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
