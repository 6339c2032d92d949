import type { CreateThesaurusEntryRequest, InstrumentCategory, ThesaurusEntry, ThesaurusResponse } from "../../../../shared";

/** The entry form's state: phrases as typed (comma- or line-separated), the chosen techniques and categories. */
export interface EntryDraft {
  /** The entry being changed; null for a new one. */
  id: number | null;
  ja: string;
  en: string;
  techniques: string[];
  categories: InstrumentCategory[];
  enabled: boolean;
  replaces: string | null;
}

export const EMPTY_DRAFT: EntryDraft = { id: null, ja: "", en: "", techniques: [], categories: [], enabled: true, replaces: null };

export function phrasesOf(text: string): string[] {
  return [...new Set(text.split(/[,、，\n]/).map((phrase) => phrase.trim()).filter(Boolean))];
}

export function draftOf(entry: ThesaurusEntry): EntryDraft {
  return { id: entry.id, ja: entry.ja.join(", "), en: entry.en.join(", "), techniques: entry.techniques, categories: entry.categories, enabled: entry.enabled, replaces: entry.replaces };
}

/** A replacement for a base need, starting from its phrases and techniques. */
export function replacementOf(need: ThesaurusResponse["base"][number]): EntryDraft {
  return { id: null, ja: need.ja.join(", "), en: need.en.join(", "), techniques: need.techniques, categories: [], enabled: true, replaces: need.key };
}

export function requestOf(draft: EntryDraft): Required<CreateThesaurusEntryRequest> {
  return { ja: phrasesOf(draft.ja), en: phrasesOf(draft.en), techniques: draft.techniques, categories: draft.categories, enabled: draft.enabled, replaces: draft.replaces };
}

/** What the form must say before sending (the server checks the rest). */
export function draftProblem(draft: EntryDraft): "phrasesRequired" | "targetRequired" | null {
  const request = requestOf(draft);
  if (request.ja.length + request.en.length === 0) return "phrasesRequired";
  if (request.techniques.length + request.categories.length === 0) return "targetRequired";
  return null;
}

export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
