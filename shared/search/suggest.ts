import { NEEDS } from "./needs";
import { foldSearchText, isJapanese } from "./normalize";
import { TECHNIQUES } from "./techniques";

/**
 * Edit distance (insertions, deletions, substitutions and swaps of two neighbours) between two strings, by code
 * point, or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
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

/**
 * "Did you mean": the known terms closest to the query or to one of its words (never the same text), nearest
 * first, at most `limit`. `vocabulary`: the thesaurus's terms and the catalogue's instrument names.
 */
export function closestTerms(query: string, vocabulary: readonly string[], limit = 3): string[] {
  const folded = foldSearchText(query).trim();
  const words = [...new Set([folded, ...folded.split(/[\s,、。・/]+/)])].filter((word) => allowance(word) > 0);
  const scored = new Map<string, number>();
  for (const term of vocabulary) {
    const known = foldSearchText(term);
    if (known === folded) continue;
    for (const word of words) {
      const distance = editDistance(word, known, allowance(word));
      if (distance === 0 || distance > allowance(word)) continue;
      scored.set(term, Math.min(scored.get(term) ?? Infinity, distance));
    }
  }
  return [...scored].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([term]) => term);
}
