import { CATEGORY_LABELS, type InstrumentCategory } from "../../shared/enums";

/** Normalises text for search: NFKC (full-width → half-width), lower case, collapsed spaces. */
export function normalizeSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export interface Searchable {
  nameJa: string;
  nameEn: string;
  category: InstrumentCategory;
  manufacturer: string;
  model: string;
  keywords: string[];
  institution?: { nameJa: string; nameEn: string };
}

export function buildSearchText(instrument: Searchable): string {
  const label = CATEGORY_LABELS[instrument.category];
  return normalizeSearch(
    [
      instrument.nameJa,
      instrument.nameEn,
      instrument.category.replace(/_/g, " "),
      label.ja,
      label.en,
      instrument.manufacturer,
      instrument.model,
      ...instrument.keywords,
      instrument.institution?.nameJa ?? "",
      instrument.institution?.nameEn ?? "",
    ].join(" | "),
  );
}
