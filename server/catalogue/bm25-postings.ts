import SearchableMap from "minisearch/SearchableMap";

/**
 * Field-weighted BM25 over an inverted index whose terms live in MiniSearch's radix tree (exact, prefix and fuzzy
 * lookups) and whose postings are scored into typed arrays: a ranked search over 10,000 instruments touches tens of
 * thousands of postings, and MiniSearch's own query path allocates a result object per posting and sorts every
 * match (docs/benchmarks.md, #16). The scores are MiniSearch's: BM25+ (k 1.2, b 0.7, d 0.5), a field's length the
 * number of distinct tokens in it, prefix and fuzzy expansions weighted as MiniSearch weighs them, and a document's
 * sum multiplied by how many distinct query terms it matched.
 *
 * Documents are added and removed in place; statistics (document count, average field lengths, document frequency)
 * are exact at every query, so an index updated in place ranks as one built afresh.
 */
export class Bm25Postings {
  private readonly terms = new SearchableMap<TermPostings>();
  private readonly fieldCount: number;
  private readonly slotOf = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  private ids: number[] = [];
  /** Per slot, `facetCount` numbers the filters read (side by side: one cache line for a slot's filters). */
  private facets = new Int32Array(0);
  /** Per slot: the terms it was indexed under, to remove it. */
  private indexedTerms: Array<Array<[field: number, term: string]>> = [];
  /** Per field, per slot: the number of distinct tokens. */
  private lengths: Float64Array[];
  private readonly totalLength: number[];
  private scratch = new Scratch(0);
  /** Bumped by every change: the packed postings' term-frequency saturations depend on the average field lengths. */
  private generation = 0;

  constructor(
    fields: readonly string[],
    private readonly facetCount: number,
  ) {
    this.fieldCount = fields.length;
    this.lengths = fields.map(() => new Float64Array(0));
    this.totalLength = fields.map(() => 0);
  }

  get size(): number {
    return this.slotOf.size;
  }

  /** Indexes a document: per field (by position in `fields`), its tokens and the terms they index under (null: none). */
  add(id: number, fieldTokens: ReadonlyArray<{ tokens: readonly string[]; terms: ReadonlyArray<string | null> }>, facets: readonly number[]): void {
    if (this.slotOf.has(id)) throw new Error(`document ${id} is already indexed`);
    this.generation++;
    const slot = this.freeSlots.pop() ?? this.ids.length;
    this.grow(slot + 1);
    this.slotOf.set(id, slot);
    this.ids[slot] = id;
    this.facets.set(facets.slice(0, this.facetCount), slot * this.facetCount);
    const indexed: Array<[number, string]> = [];
    fieldTokens.forEach(({ tokens, terms }, field) => {
      const length = new Set(tokens).size;
      this.lengths[field][slot] = length;
      this.totalLength[field] += length;
      for (const term of terms) {
        if (!term) continue;
        const postings = this.terms.fetch(term, () => new TermPostings(this.fieldCount));
        if (postings.increment(field, slot)) indexed.push([field, term]);
      }
    });
    this.indexedTerms[slot] = indexed;
  }

  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.generation++;
    for (const [field, term] of this.indexedTerms[slot]) {
      const postings = this.terms.get(term)!;
      if (postings.delete(field, slot)) this.terms.delete(term);
    }
    for (let field = 0; field < this.fieldCount; field++) {
      this.totalLength[field] -= this.lengths[field][slot];
      this.lengths[field][slot] = 0;
    }
    this.indexedTerms[slot] = [];
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
  }

  /** The indexed terms that start with `prefix` (itself included, when indexed). */
  *withPrefix(prefix: string): Generator<string> {
    for (const [term] of this.terms.atPrefix(prefix)) yield term;
  }

  /** The indexed terms within `distance` edits of `term`, with their distance. */
  near(term: string, distance: number): Array<[string, number]> {
    return [...this.terms.fuzzyGet(term, distance)].map(([found, [, d]]) => [found, d]);
  }

  hasTerm(term: string): boolean {
    return this.terms.has(term);
  }

  /** Which of these terms (each in its fields) a document is indexed under, in their order: for explaining a match. */
  matcher(terms: ReadonlyArray<{ term: string; fields: readonly number[] }>): (id: number) => string[] {
    const known = terms.flatMap(({ term, fields }) => {
      const postings = this.terms.get(term);
      return postings ? [{ term, fields, postings }] : [];
    });
    return (id) => {
      const slot = this.slotOf.get(id);
      if (slot === undefined) return [];
      return known.filter(({ fields, postings }) => fields.some((field) => postings.has(field, slot))).map(({ term }) => term);
    };
  }

  /**
   * Scores the query: `sources` are the query's terms, each with the indexed terms it stands for (itself, prefix
   * and fuzzy expansions) and their weights and fields. Returns the documents whose facets (from `at` in `facets`)
   * pass `keep`.
   */
  score(sources: readonly QuerySource[], keep: (facets: Int32Array, at: number) => boolean): Scored {
    const scratch = this.scratch;
    const documents = this.size;
    for (let sourceIndex = 0; sourceIndex < sources.length; sourceIndex++) {
      for (const { term, weight, fields } of sources[sourceIndex].expansions) {
        const postings = this.terms.get(term);
        if (!postings) continue;
        for (const { field, boost } of fields) {
          const list = postings.packed(field, this.generation, this.lengths[field], this.totalLength[field] / documents);
          if (!list) continue;
          const { slots, saturations } = list;
          const matching = slots.length;
          const idf = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
          const factor = weight * boost * idf;
          for (let i = 0; i < matching; i++) scratch.add(slots[i], factor * saturations[i], sourceIndex);
        }
      }
    }
    const touched = scratch.touched();
    const ids = new Int32Array(touched.length);
    const scores = new Float64Array(touched.length);
    let kept = 0;
    for (const slot of touched) {
      if (!keep(this.facets, slot * this.facetCount)) continue;
      ids[kept] = this.ids[slot];
      scores[kept++] = Math.round(scratch.total(slot) * 1e6) / 1e6;
    }
    scratch.reset();
    return { ids: ids.subarray(0, kept), scores: scores.subarray(0, kept) };
  }

  private grow(slots: number): void {
    if (this.lengths[0] && this.lengths[0].length >= slots) return;
    const capacity = Math.max(64, slots * 2);
    this.lengths = this.lengths.map((old) => {
      const grown = new Float64Array(capacity);
      grown.set(old);
      return grown;
    });
    const facets = new Int32Array(capacity * this.facetCount);
    facets.set(this.facets);
    this.facets = facets;
    this.scratch = new Scratch(capacity);
  }
}

export interface QuerySource {
  expansions: ReadonlyArray<{ term: string; weight: number; fields: ReadonlyArray<{ field: number; boost: number }> }>;
}

/** The documents a query matched: ids and scores (rounded to 1e-6), position by position, in no order. */
export interface Scored {
  ids: Int32Array;
  scores: Float64Array;
}

/** A field's postings of a term as scoring reads them: each document's BM25 term-frequency part, for one generation. */
interface Packed {
  generation: number;
  slots: Int32Array;
  saturations: Float64Array;
}

/**
 * A term's postings per field: slot → term frequency, packed for scoring (slots and each one's BM25+ term-frequency
 * saturation, d + tf·(k+1) / (tf + k·(1 − b + b·length/average))) until the index changes.
 */
class TermPostings {
  private readonly frequencies: Array<Map<number, number> | undefined>;
  private readonly packedLists: Array<Packed | undefined>;

  constructor(fields: number) {
    this.frequencies = new Array(fields);
    this.packedLists = new Array(fields);
  }

  /** Counts one more occurrence; true when it is the slot's first in this field. */
  increment(field: number, slot: number): boolean {
    const map = (this.frequencies[field] ??= new Map());
    const before = map.get(slot) ?? 0;
    map.set(slot, before + 1);
    return before === 0;
  }

  /** Removes the slot from a field; true when the term is then in no field. */
  delete(field: number, slot: number): boolean {
    const map = this.frequencies[field];
    map?.delete(slot);
    if (map?.size === 0) this.frequencies[field] = undefined;
    return this.frequencies.every((m) => m === undefined);
  }

  has(field: number, slot: number): boolean {
    return this.frequencies[field]?.has(slot) ?? false;
  }

  packed(field: number, generation: number, lengths: Float64Array, average: number): Packed | undefined {
    const map = this.frequencies[field];
    if (!map) return undefined;
    let packed = this.packedLists[field];
    if (packed?.generation === generation) return packed;
    const slots = Int32Array.from(map.keys());
    const saturations = new Float64Array(slots.length);
    let at = 0;
    for (const [slot, tf] of map) saturations[at++] = 0.5 + (tf * 2.2) / (tf + 1.2 * (0.3 + (0.7 * lengths[slot]) / average));
    packed = { generation, slots, saturations };
    this.packedLists[field] = packed;
    return packed;
  }
}

/**
 * Per-query accumulators, reused: a search runs synchronously, so one set per index serves every query. Tracks each
 * slot's score sum and how many distinct sources matched it; sources are scored one after another, so "matched
 * already by this source" is a last-source mark. A slot's 16 bytes hold its sum (a double) and its mark and count
 * (two 32-bit integers) side by side, so scoring a posting touches one cache line and does integer arithmetic only:
 * in a busy server the scoring loop's cost is mostly memory latency.
 */
class Scratch {
  /** Per slot, at 2 × slot: the score sum (a view of the same memory as `marks`). */
  private readonly sums: Float64Array;
  /** Per slot, at 4 × slot + 2: the last source that matched it, plus one (0: none yet); at 4 × slot + 3: how many sources matched it. */
  private readonly marks: Int32Array;
  private readonly touchedSlots: Int32Array;
  private touchedCount = 0;

  constructor(capacity: number) {
    const cells = new ArrayBuffer(16 * capacity);
    this.sums = new Float64Array(cells);
    this.marks = new Int32Array(cells);
    this.touchedSlots = new Int32Array(capacity);
  }

  add(slot: number, score: number, source: number): void {
    const at = 4 * slot;
    const last = this.marks[at + 2];
    if (last === 0) this.touchedSlots[this.touchedCount++] = slot;
    if (last !== source + 1) {
      this.marks[at + 2] = source + 1;
      this.marks[at + 3]++;
    }
    this.sums[2 * slot] += score;
  }

  touched(): Int32Array {
    return this.touchedSlots.subarray(0, this.touchedCount);
  }

  total(slot: number): number {
    return this.sums[2 * slot] * this.marks[4 * slot + 3];
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const slot = this.touchedSlots[i];
      this.sums[2 * slot] = 0;
      this.marks[4 * slot + 2] = 0;
      this.marks[4 * slot + 3] = 0;
    }
    this.touchedCount = 0;
  }
}
