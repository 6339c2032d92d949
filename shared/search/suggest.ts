import { NEEDS } from "./needs";
import { foldSearchText, isJapanese } from "./normalize";
import { TECHNIQUES } from "./techniques";

/**
 * Edit distance (insertions, deletions, substitutions and swaps of two neighbours) between two strings, by code
 * point, or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  return pointDistance([...a], [...b], max);
}

/** Rows of the distance table, reused from one comparison to the next (a vocabulary scan makes thousands). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** `editDistance` over code points already split (a vocabulary splits its terms once). */
function pointDistance(s: readonly string[], t: readonly string[], max: number): number {
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (rows[0].length <= t.length) rows = rows.map(() => new Int32Array(2 * t.length + 2));
  let [before, previous, current] = rows;
  for (let j = 0; j <= t.length; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length];
}

/** How far a word may be from a known term: one character in short Japanese, more in longer Latin words. */
function allowance(text: string): number {
  const length = [...text].length;
  if (isJapanese(text)) return length >= 2 ? 1 : 0;
  return length < 4 ? 0 : length < 7 ? 1 : length < 12 ? 2 : 3;
}

/** The thesaurus's own terms: needs and technique names in both languages, and technique aliases. */
export const THESAURUS_TERMS: string[] = [
  ...NEEDS.flatMap((need) => [...need.ja, ...need.en]),
  ...TECHNIQUES.flatMap((technique) => [technique.ja, technique.en, ...technique.aliases]),
];

/** A term of a vocabulary, folded and split into code points once; `rank` is its place in the vocabulary. */
interface KnownTerm {
  term: string;
  folded: string;
  points: string[];
  signature: number;
  rank: number;
}

/** A folded word of a query and how far a known term may be from it. */
interface QueryWord {
  points: string[];
  signature: number;
  allowance: number;
}

/**
 * Which characters a text has, as 32 bits (a code point's low five bits): each character class one text has and the
 * other lacks takes at least one edit, so two signatures bound the edit distance from below without comparing texts.
 */
function signatureOf(points: readonly string[]): number {
  let signature = 0;
  for (const point of points) signature |= 1 << (point.codePointAt(0)! & 31);
  return signature;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** At most `max` edits apart, as far as the characters they have can tell (a lower bound of `pointDistance`). */
function mayBeWithin(a: number, b: number, max: number): boolean {
  return bitCount(a & ~b) <= max && bitCount(b & ~a) <= max;
}

/** The distinct pairs of neighbouring code points of a text. */
function bigramsOf(points: readonly string[]): Set<string> {
  const bigrams = new Set<string>();
  for (let i = 1; i < points.length; i++) bigrams.add(points[i - 1] + points[i]);
  return bigrams;
}

/**
 * Known terms for "did you mean", folded once, grouped by length in code points and indexed by length and the pairs
 * of neighbouring characters (bigrams) they have. A word is compared only with the terms whose length is within its
 * allowance, and, when it is long enough, only with those that have one of its rarest bigrams: one edit changes at
 * most three of a word's bigram positions (a swap of two neighbours; a substitution two, an insertion or deletion
 * fewer), so a term within k edits lacks at most 3k of the word's distinct bigrams. Both are lower bounds of the
 * distance: no close term is missed (test/shared/did-you-mean.test.ts compares with a scan of every term). Build
 * one per vocabulary change.
 */
export class TermVocabulary {
  private readonly byLength = new Map<number, KnownTerm[]>();
  /** The terms by rank. */
  private readonly terms: KnownTerm[] = [];
  /** By length, then bigram: the ranks of the terms of that length that have it (each once). */
  private readonly withBigram = new Map<number, Map<string, number[]>>();
  /** The terms already found for the word being matched, by rank: zero again after each word. */
  private readonly seen: Uint8Array;
  readonly size: number;

  constructor(terms: Iterable<string>) {
    for (const term of new Set(terms)) {
      const folded = foldSearchText(term);
      const points = [...folded];
      const known = { term, folded, points, signature: signatureOf(points), rank: this.terms.length };
      this.terms.push(known);
      const bucket = this.byLength.get(points.length) ?? [];
      bucket.push(known);
      this.byLength.set(points.length, bucket);
      const withBigram = this.withBigram.get(points.length) ?? new Map<string, number[]>();
      this.withBigram.set(points.length, withBigram);
      for (let i = 1; i < points.length; i++) {
        const bigram = points[i - 1] + points[i];
        const ranks = withBigram.get(bigram);
        // Ranks are added in order: a bigram the term has twice is already last.
        if (!ranks) withBigram.set(bigram, [known.rank]);
        else if (ranks[ranks.length - 1] !== known.rank) ranks.push(known.rank);
      }
    }
    this.size = this.terms.length;
    this.seen = new Uint8Array(this.size);
  }

  /** The distance of each term close to one of the words (and not the same text as the query), by term. */
  scoreInto(folded: string, words: readonly QueryWord[], scored: Map<string, { distance: number; rank: number }>, rankOffset = 0): void {
    for (const word of words) {
      for (const known of this.candidates(word)) {
        if (known.folded === folded || !mayBeWithin(word.signature, known.signature, word.allowance)) continue;
        const distance = pointDistance(word.points, known.points, word.allowance);
        if (distance === 0 || distance > word.allowance) continue;
        const before = scored.get(known.term);
        if (!before || distance < before.distance) scored.set(known.term, { distance, rank: before?.rank ?? known.rank + rankOffset });
      }
    }
  }

  /**
   * The terms that may be within the word's allowance, as far as their lengths and shared bigrams can tell: a close
   * term lacks at most 3 × allowance of the word's bigrams, so it has one of any (3 × allowance + 1) of them; the
   * rarest are read.
   */
  private candidates(word: QueryWord): KnownTerm[] {
    const lengths: number[] = [];
    for (let length = word.points.length - word.allowance; length <= word.points.length + word.allowance; length++) lengths.push(length);
    const bigrams = [...bigramsOf(word.points)];
    const enough = 3 * word.allowance + 1;
    if (bigrams.length < enough) return lengths.flatMap((length) => this.byLength.get(length) ?? []);
    const atLengths = lengths.flatMap((length) => this.withBigram.get(length) ?? []);
    const postings = bigrams.map((bigram) => {
      const lists = atLengths.map((withBigram) => withBigram.get(bigram)).filter((ranks) => ranks !== undefined);
      return { lists, size: lists.reduce((sum, ranks) => sum + ranks.length, 0) };
    });
    const rarest = postings.sort((x, y) => x.size - y.size).slice(0, enough);
    const found: KnownTerm[] = [];
    for (const { lists } of rarest) {
      for (const ranks of lists) {
        for (const rank of ranks) {
          if (this.seen[rank] === 1) continue;
          this.seen[rank] = 1;
          found.push(this.terms[rank]);
        }
      }
    }
    for (const known of found) this.seen[known.rank] = 0;
    return found;
  }
}

/** The folded query and its words (the whole query and each word) that a known term may be close to. */
export function queryWordsForSuggestions(query: string, wordsToMatch: (word: string) => boolean = () => true): { folded: string; words: QueryWord[] } {
  const folded = foldSearchText(query).trim();
  const words = [...new Set([folded, ...folded.split(/[\s,、。・/]+/).filter(wordsToMatch)])]
    .map((word) => {
      const points = [...word];
      return { points, signature: signatureOf(points), allowance: allowance(word) };
    })
    .filter((word) => word.allowance > 0);
  return { folded, words };
}

/**
 * "Did you mean": the known terms closest to the query or to one of its words (never the same text), nearest
 * first, then in vocabulary order, at most `limit`. `vocabularies`: e.g. the thesaurus's terms, then the
 * catalogue's instrument names; a term in two counts at its first place. `wordsToMatch`: which of the query's own
 * words to match one by one (all by default; the whole query always).
 */
export function closestIn(query: string, vocabularies: readonly TermVocabulary[], limit = 3, wordsToMatch?: (word: string) => boolean): string[] {
  const { folded, words } = queryWordsForSuggestions(query, wordsToMatch);
  const scored = new Map<string, { distance: number; rank: number }>();
  let offset = 0;
  for (const vocabulary of vocabularies) {
    vocabulary.scoreInto(folded, words, scored, offset);
    offset += vocabulary.size;
  }
  return [...scored].sort((a, b) => a[1].distance - b[1].distance || a[1].rank - b[1].rank).slice(0, limit).map(([term]) => term);
}

/** `closestIn` over one vocabulary given as a list (folded on every call: for small lists). */
export function closestTerms(query: string, vocabulary: readonly string[], limit = 3): string[] {
  return closestIn(query, [new TermVocabulary(vocabulary)], limit);
}
