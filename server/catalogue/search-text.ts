import { CATEGORY_LABELS, type InstrumentCategory } from "../../shared/enums";
import { normalizeSearch } from "../platform/search-terms";

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
