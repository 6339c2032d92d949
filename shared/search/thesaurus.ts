import { NEEDS } from "./needs";
import { foldSearchText } from "./normalize";
import { NeedMatcher, phrasePattern, type NeedMatch } from "./need-matcher";
import { TECHNIQUES, type Technique } from "./techniques";

export { NEEDS, type Need } from "./needs";
export { TECHNIQUES, type Technique } from "./techniques";
export { foldSearchText, isJapanese } from "./normalize";
export { closestIn, closestTerms, editDistance, TermVocabulary, THESAURUS_TERMS } from "./suggest";
export { NeedMatcher, type MatchableNeed, type NeedMatch } from "./need-matcher";

const TECHNIQUE_BY_ID = new Map(TECHNIQUES.map((t) => [t.id, t]));

export function techniqueById(id: string): Technique | undefined {
  return TECHNIQUE_BY_ID.get(id);
}

/** The repository's thesaurus, as reviewed; the catalogue merges the admins' entries into it (`NeedMatcher`). */
export const BASE_NEEDS = new NeedMatcher(NEEDS);

/** The needs a query names in the repository's thesaurus. A phrase inside a longer one at the same place is left out. */
export function needsInQuery(query: string): NeedMatch[] {
  return BASE_NEEDS.needsInQuery(query);
}

const ALIASES = TECHNIQUES.map((t) => ({ id: t.id, patterns: t.aliases.map((alias) => phrasePattern(alias, "")) }));

/** The techniques an instrument offers, found by their aliases in its names, model and keywords. */
export function techniquesIn(text: string): string[] {
  const folded = foldSearchText(text);
  return ALIASES.filter((t) => t.patterns.some((pattern) => pattern.test(folded))).map((t) => t.id);
}
