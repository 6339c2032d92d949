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

/**
 * The filters' fields of each indexed instrument as numbers (`Bm25Postings` facets: status, category, institution,
 * prefecture), so that filtering thousands of matches reads one typed array rather than an object per match.
 */
export class FilterFacets {
  static readonly COUNT = 4;
  private readonly codes = new Map<string, number>();

  of(stored: Stored): number[] {
    return [this.code(stored.status), this.code(stored.categoryId ?? ""), stored.institutionId, this.code(stored.prefecture)];
  }

  /** Whether an indexed instrument passes the filters: without a status, every one but the retired. */
  keep(filters: SearchFilters): (facets: Int32Array, at: number) => boolean {
    const status = filters.status ? this.known(filters.status) : undefined;
    const retired = this.known("retired");
    const category = filters.category ? this.known(filters.category) : undefined;
    const institution = filters.institutionId || undefined;
    const prefecture = filters.prefecture ? this.known(filters.prefecture) : undefined;
    return (facets, at) =>
      (status === undefined ? facets[at] !== retired : facets[at] === status) &&
      (category === undefined || facets[at + 1] === category) &&
      (institution === undefined || facets[at + 2] === institution) &&
      (prefecture === undefined || facets[at + 3] === prefecture);
  }

  private code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) this.codes.set(value, (code = this.codes.size));
    return code;
  }

  /** A value's code, or −1 (which no instrument has) for a value never indexed. */
  private known(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}
