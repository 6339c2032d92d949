import type { Need } from "./needs";
import { foldSearchText, isJapanese } from "./normalize";

/** A need found in a query: the phrase as the thesaurus writes it, and the techniques (and categories) that answer it. */
export interface NeedMatch {
  phrase: string;
  techniques: string[];
  /** Instrument categories that answer it (entries added by admins may name categories rather than techniques). */
  categories?: string[];
}

/** A need as matched: a base need, or an entry an admin added, which may also name instrument categories. */
export type MatchableNeed = Pick<Need, "ja" | "en" | "techniques"> & { categories?: string[] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a phrase occurs in folded text: Japanese anywhere, Latin as whole words (a plural "s"/"es" allowed). */
export function phrasePattern(phrase: string, flags = "g"): RegExp {
  const folded = escape(foldSearchText(phrase));
  return isJapanese(phrase) ? new RegExp(folded, flags) : new RegExp(`(?<![\\p{L}\\p{N}])${folded}(?:e?s)?(?![\\p{L}\\p{N}])`, `${flags}u`);
}

interface Phrase {
  phrase: string;
  /** The folded phrase: a query without it cannot match the pattern, which is far dearer to run. */
  folded: string;
  pattern: RegExp;
  techniques: string[];
  categories: string[];
}

/** Finds the needs of one thesaurus (the repository's, or it merged with the admins' entries) in queries. */
export class NeedMatcher {
  private readonly phrases: Phrase[];
  /** The phrases' positions in `phrases` by the first character of their folded text (a query is read once, not once per phrase). */
  private readonly startingWith = new Map<string, number[]>();
  /** Every phrase of the thesaurus, for "did you mean". */
  readonly terms: string[];

  constructor(needs: readonly MatchableNeed[]) {
    this.phrases = needs.flatMap((need) =>
      [...need.ja, ...need.en].map((phrase) => ({ phrase, folded: foldSearchText(phrase), pattern: phrasePattern(phrase), techniques: need.techniques, categories: need.categories ?? [] })),
    );
    this.terms = [...new Set(needs.flatMap((need) => [...need.ja, ...need.en]))];
    this.phrases.forEach(({ folded }, at) => {
      const positions = this.startingWith.get(folded.charAt(0));
      if (positions) positions.push(at);
      else this.startingWith.set(folded.charAt(0), [at]);
    });
  }

  /** The needs a query names. A phrase inside a longer one found at the same place is left out (結晶 in 結晶構造). */
  needsInQuery(query: string): NeedMatch[] {
    const text = foldSearchText(query);
    const found: Array<{ start: number; end: number; phrase: string; techniques: string[]; categories: string[] }> = [];
    for (const at of this.phrasesIn(text)) {
      const { phrase, pattern, techniques, categories } = this.phrases[at];
      for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, phrase, techniques, categories });
    }
    const inside = (a: (typeof found)[number], b: (typeof found)[number]) => a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
    return found
      .filter((a) => !found.some((b) => inside(a, b)))
      .map(({ phrase, techniques, categories }) => ({ phrase, techniques, ...(categories.length > 0 && { categories }) }));
  }

  /** Which phrases' folded texts occur in the text, in thesaurus order: a phrase without that cannot match its pattern, which is far dearer to run. */
  private phrasesIn(text: string): number[] {
    const present = new Set<number>(this.startingWith.get("") ?? []);
    for (let i = 0; i < text.length; i++) {
      for (const at of this.startingWith.get(text[i]) ?? []) if (text.startsWith(this.phrases[at].folded, i)) present.add(at);
    }
    return [...present].sort((a, b) => a - b);
  }
}
