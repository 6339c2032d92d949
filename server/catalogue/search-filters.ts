/** The filters a ranked search narrows its matches by, answered from what the index keeps of each instrument. */
export interface SearchFilters {
  status?: string;
  category?: string;
  institutionId?: number;
  prefecture?: string;
}

/** What the filters read of an indexed instrument. */
export interface Stored {
  status: string;
  categoryId?: string;
  institutionId: number;
  prefecture: string;
}

/** Whether an indexed instrument passes the filters: without a status, every one but the retired. */
export function passes(stored: Stored, filters: SearchFilters): boolean {
  if (filters.status ? stored.status !== filters.status : stored.status === "retired") return false;
  if (filters.category && stored.categoryId !== filters.category) return false;
  if (filters.institutionId && stored.institutionId !== filters.institutionId) return false;
  return !filters.prefecture || stored.prefecture === filters.prefecture;
}
