import { NEEDS } from "./needs";
import { foldSearchText, isJapanese } from "./normalize";
import { TECHNIQUES, type Technique } from "./techniques";

export { NEEDS, type Need } from "./needs";
export { TECHNIQUES, type Technique } from "./techniques";
export { foldSearchText, isJapanese } from "./normalize";
export { closestTerms, editDistance, THESAURUS_TERMS } from "./suggest";

/** A need found in a query: the phrase as the thesaurus writes it, and the techniques that answer it. */
export interface NeedMatch {
  phrase: string;
  techniques: string[];
}

const TECHNIQUE_BY_ID = new Map(TECHNIQUES.map((t) => [t.id, t]));

export function techniqueById(id: string): Technique | undefined {
  return TECHNIQUE_BY_ID.get(id);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a phrase occurs in folded text: Japanese anywhere, Latin as whole words (a plural "s"/"es" allowed). */
function phrasePattern(phrase: string, flags = "g"): RegExp {
  const folded = escape(foldSearchText(phrase));
  return isJapanese(phrase) ? new RegExp(folded, flags) : new RegExp(`(?<![\\p{L}\\p{N}])${folded}(?:e?s)?(?![\\p{L}\\p{N}])`, `${flags}u`);
}

const PHRASES = NEEDS.flatMap((need) => [...need.ja, ...need.en].map((phrase) => ({ phrase, pattern: phrasePattern(phrase), techniques: need.techniques })));

/** The needs a query names. A phrase inside a longer one found at the same place is left out (結晶 in 結晶構造). */
export function needsInQuery(query: string): NeedMatch[] {
  const text = foldSearchText(query);
  const found: Array<{ start: number; end: number; phrase: string; techniques: string[] }> = [];
  for (const { phrase, pattern, techniques } of PHRASES) {
    for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, phrase, techniques });
  }
  const inside = (a: (typeof found)[number], b: (typeof found)[number]) => a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return found.filter((a) => !found.some((b) => inside(a, b))).map(({ phrase, techniques }) => ({ phrase, techniques }));
}

const ALIASES = TECHNIQUES.map((t) => ({ id: t.id, patterns: t.aliases.map((alias) => phrasePattern(alias, "")) }));

/** The techniques an instrument offers, found by their aliases in its names, model and keywords. */
export function techniquesIn(text: string): string[] {
  const folded = foldSearchText(text);
  return ALIASES.filter((t) => t.patterns.some((pattern) => pattern.test(folded))).map((t) => t.id);
}
