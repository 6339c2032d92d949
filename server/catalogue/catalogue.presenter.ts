import { CATEGORY_LABELS, type Locale } from "../../shared/enums";
import type { Instrument as InstrumentDto, SearchMatch } from "../../shared";
import type { Instrument } from "../platform/db/entities";
import { presentInstitutionRef } from "../institutions";
import { ratesOf } from "../availability";
import type { CatalogueRow } from "./catalogue-rows";

/** Photos are served by the API under their random names (server/files/), the main one first. */
function presentPhotos(instrument: Instrument, locale: Locale): Pick<InstrumentDto, "photoUrl" | "photos"> {
  const photos = (instrument.photos ?? []).map((p) => ({
    id: p.id,
    url: `/api/instruments/${instrument.id}/photos/${p.id}.webp`,
    alt: (locale === "ja" ? p.altJa : p.altEn) || p.altJa || p.altEn,
    altJa: p.altJa,
    altEn: p.altEn,
    width: p.width,
    height: p.height,
  }));
  return { photoUrl: photos[0]?.url ?? null, photos };
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
    ...presentPhotos(instrument, locale),
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

const ITEMS_START = Buffer.from('{"items":[');
const COMMA = Buffer.from(",");

/**
 * A catalogue answer as UTF-8 JSON, byte for byte `JSON.stringify({ items, ...rest })` of the rows presented with
 * their matches. Each row is presented and encoded once per language (rows are kept per catalogue revision, and
 * the same instruments come back page after page); the match, which differs per query, is added last as
 * `presentInstrument` places it. The answer is assembled as bytes: a page is tens of kilobytes, and joining it as
 * text and encoding that again was most of what a search request allocated.
 */
export function catalogueAnswerJson(rows: readonly CatalogueRow[], locale: Locale, matches: ReadonlyMap<number, SearchMatch>, rest: Record<string, unknown>): Buffer {
  const parts: Buffer[] = [ITEMS_START];
  rows.forEach((row, at) => {
    if (at > 0) parts.push(COMMA);
    const json = (row.json ??= {});
    const plain = (json[locale] ??= Buffer.from(JSON.stringify(presentInstrument(row.instrument, locale, row.supported))));
    const match = matches.get(row.instrument.id);
    if (match) parts.push(plain.subarray(0, plain.length - 1), Buffer.from(`,"match":${JSON.stringify(match)}}`));
    else parts.push(plain);
  });
  parts.push(Buffer.from(`],${JSON.stringify(rest).slice(1)}`));
  return Buffer.concat(parts);
}
