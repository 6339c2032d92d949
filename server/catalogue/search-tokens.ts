import { foldSearchText } from "../../shared/search/thesaurus";

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });

/** Particles, auxiliaries and English function words: they would make every instrument match. */
const STOPWORDS = new Set(
  [
    "の を が に で と は も や か へ な だ ね よ より から まで たい ない する した して です ます こと もの ため よう など ので",
    "について における したい ください いる ある なる れる できる できます ですか 何 どう どの いい",
    "a an the of in on at to for and or with by from my our your i we you it its is are be can do does how what which",
    "why want need needs would like please this that these those there any some about into using use",
  ].join(" ").split(" "),
);

/** Japanese runs (segmented) and other letters or digits (words as they are). */
const CHUNKS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+|[\p{L}\p{N}]+/gu;
/** Segmented Japanese runs, remembered: Intl.Segmenter is most of the cost of indexing, and runs repeat. */
const segmented = new Map<string, string[]>();

function segment(run: string): string[] {
  let words = segmented.get(run);
  if (words) return words;
  words = [];
  for (const part of segmenter.segment(run)) if (part.isWordLike) words.push(part.segment);
  if (segmented.size >= 100_000) segmented.clear();
  segmented.set(run, words);
  return words;
}

/**
 * The words of a text, in either language: Japanese split by Intl.Segmenter, other words as written, and
 * hyphenated names also joined, as people write them either way (FT-IR = FTIR, Micro-Vickers = microvickers).
 */
export function wordsOf(text: string): string[] {
  const normalized = text.normalize("NFKC");
  const words: string[] = [];
  for (const [chunk] of normalized.matchAll(CHUNKS)) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(chunk)) words.push(...segment(chunk));
    else words.push(chunk);
  }
  for (const compound of hyphenated(normalized)) words.push(compound.replace(/-/g, ""));
  return words;
}

/** Hyphenated Latin names in a text, as written (FT-IR, Time-of-flight). */
export function hyphenated(text: string): string[] {
  return [...text.normalize("NFKC").matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/gi)].map(([compound]) => compound);
}

/** Folded words, remembered: a catalogue repeats its vocabulary, and folding is most of the cost of indexing. */
const folded = new Map<string, string | null>();

/** A word as indexed and searched (folded), or null for a stopword. */
export function searchTerm(word: string): string | null {
  let term = folded.get(word);
  if (term !== undefined) return term;
  term = foldSearchText(word);
  if (term === "" || STOPWORDS.has(term)) term = null;
  if (folded.size >= 100_000) folded.clear();
  folded.set(word, term);
  return term;
}

/** Runs of kanji or katakana: where segmentation of the query and of the catalogue may disagree. */
function japaneseRuns(text: string): string[] {
  return text.normalize("NFKC").match(/[\p{Script=Han}\p{Script=Katakana}ー]+/gu) ?? [];
}

/** Character bigrams of the Japanese runs; single characters as well when indexing, so a one-kanji query still finds. */
export function gramsOf(text: string, withUnigrams: boolean): string[] {
  const grams: string[] = [];
  for (const run of japaneseRuns(text)) {
    const chars = [...run];
    if (withUnigrams || chars.length === 1) grams.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  }
  return grams.map((gram) => searchTerm(gram) ?? gram);
}

/** Latin words long enough to be misspelt: fuzzy within an edit distance of 1 (5–7 letters) or 2 (8 and more). */
export function typoDistance(term: string): number | false {
  if (!/^[a-z][a-z-]*$/.test(term) || term.length < 5) return false;
  return term.length < 8 ? 1 : 2;
}
