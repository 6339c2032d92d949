import type { Locale } from "../../shared/enums";
import type { Capability as CapabilityDto } from "../../shared/schemas/capabilities";
import type { SearchMatch } from "../../shared/schemas/instruments";
import type { Capability } from "../platform/db/entities";

const ref = (row: { id: number; nameJa: string; nameEn: string }, locale: Locale) => ({ id: row.id, name: locale === "ja" ? row.nameJa : row.nameEn, nameJa: row.nameJa, nameEn: row.nameEn });

export function presentCapability(row: Capability, locale: Locale, match?: SearchMatch): CapabilityDto {
  const ja = locale === "ja";
  return {
    id: row.id,
    institutionId: row.institutionId,
    institution: ref(row.institution, locale),
    title: ja ? row.titleJa : row.titleEn,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    summary: ja ? row.summaryJa : row.summaryEn,
    summaryJa: row.summaryJa,
    summaryEn: row.summaryEn,
    laboratory: ja ? row.laboratoryJa : row.laboratoryEn,
    laboratoryJa: row.laboratoryJa,
    laboratoryEn: row.laboratoryEn,
    keywordsJa: row.keywordsJa,
    keywordsEn: row.keywordsEn,
    instruments: [...row.instruments].sort((a, b) => a.id - b.id).map((instrument) => ref(instrument, locale)),
    published: row.published,
    updatedAt: row.updatedAt.toISOString(),
    ...(match && { match }),
  };
}
