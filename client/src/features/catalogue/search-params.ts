import { INSTRUMENT_CATEGORIES, PREFECTURES, type InstrumentCategory, type Prefecture } from "../../../../shared";

/** The catalogue's search state, kept in the URL so it can be shared and the back button works. */
export interface CatalogueSearch {
  q: string;
  category: InstrumentCategory | "";
  institutionId: number | null;
  prefecture: Prefecture | "";
  freeOn: string;
  page: number;
}

export const PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | "" => (values as readonly string[]).includes(value ?? "") ? (value as T) : "";

/** Reads the search from URL parameters, ignoring anything malformed. */
export function readSearch(params: URLSearchParams): CatalogueSearch {
  const institutionId = Number(params.get("institution"));
  const page = Number(params.get("page"));
  const freeOn = params.get("free") ?? "";
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    category: oneOf(INSTRUMENT_CATEGORIES, params.get("category")),
    institutionId: Number.isInteger(institutionId) && institutionId > 0 ? institutionId : null,
    prefecture: oneOf(PREFECTURES, params.get("prefecture")),
    freeOn: /^\d{4}-\d{2}-\d{2}$/.test(freeOn) ? freeOn : "",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Writes the search as URL parameters, leaving out defaults so URLs stay short. */
export function writeSearch(search: CatalogueSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set("q", search.q.trim());
  if (search.category) params.set("category", search.category);
  if (search.institutionId) params.set("institution", String(search.institutionId));
  if (search.prefecture) params.set("prefecture", search.prefecture);
  if (search.freeOn) params.set("free", search.freeOn);
  if (search.page > 1) params.set("page", String(search.page));
  return params;
}

/** A changed filter starts again from the first page. */
export function withFilter(search: CatalogueSearch, change: Partial<Omit<CatalogueSearch, "page">>): CatalogueSearch {
  return { ...search, ...change, page: 1 };
}
