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
