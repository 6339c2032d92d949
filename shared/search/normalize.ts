/**
 * Search folding, the same for indexed text, queries and the thesaurus: NFKC (full/half width), lower case,
 * katakana as hiragana, a long-vowel mark at a word's end dropped (プリンター = プリンタ), µ as u (µm = um).
 */
export function foldSearchText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/(?<=[\u3041-\u3096])ー(?![\u3041-\u3096])/g, "")
    .replace(/[µμ]/g, "u");
}

/** True for text with Japanese characters (kanji or kana), which is matched without word boundaries. */
export function isJapanese(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}
