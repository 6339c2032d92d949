import { CATEGORY_LABELS, type InstrumentCategory } from "../../shared/enums";

/** Normalises text for search: NFKC (full-width → half-width), lower case, collapsed spaces. */
export function normalizeSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The words of a search as it runs: normalised, at most eight. */
export function searchTerms(q: string | undefined): string[] {
  return normalizeSearch(q ?? "").split(" ").filter(Boolean).slice(0, 8);
}

/** A LIKE pattern (used with `ESCAPE '\\'`) matching `term` anywhere; a user's "%" or "_" is searched literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
