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

/**
 * Known terms for "did you mean", folded once and grouped by length in code points: a word is compared only with
 * the terms whose length is within its allowance (no other can be close enough). Build one per vocabulary change.
 */
export class TermVocabulary {
  private readonly byLength = new Map<number, KnownTerm[]>();
  readonly size: number;

  constructor(terms: Iterable<string>) {
    let rank = 0;
    for (const term of new Set(terms)) {
      const folded = foldSearchText(term);
      const points = [...folded];
      const bucket = this.byLength.get(points.length) ?? [];
      bucket.push({ term, folded, points, signature: signatureOf(points), rank: rank++ });
      this.byLength.set(points.length, bucket);
    }
    this.size = rank;
  }

  /** The distance of each term close to one of the words (and not the same text as the query), by term. */
  scoreInto(folded: string, words: readonly QueryWord[], scored: Map<string, { distance: number; rank: number }>, rankOffset = 0): void {
    for (const word of words) {
      for (let length = word.points.length - word.allowance; length <= word.points.length + word.allowance; length++) {
        for (const known of this.byLength.get(length) ?? []) {
          if (known.folded === folded || !mayBeWithin(word.signature, known.signature, word.allowance)) continue;
          const distance = pointDistance(word.points, known.points, word.allowance);
          if (distance === 0 || distance > word.allowance) continue;
          const before = scored.get(known.term);
          if (!before || distance < before.distance) scored.set(known.term, { distance, rank: before?.rank ?? known.rank + rankOffset });
        }
      }
    }
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
