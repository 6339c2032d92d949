import { createHash } from "node:crypto";
import MiniSearch, { type SearchResult } from "minisearch";
import { CATEGORY_LABELS, type InstrumentCategory, type Locale } from "../../shared/enums";
import type { SearchMatch } from "../../shared/schemas/instruments";
import { BASE_NEEDS, closestIn, isJapanese, techniqueById, techniquesIn, TECHNIQUES, TermVocabulary, type NeedMatch, type NeedMatcher } from "../../shared/search/thesaurus";
import { gramsOf, hyphenated, searchTerm, typoDistance, wordsOf } from "./search-tokens";

/**
 * What the search index reads of an instrument, and the filters it answers in memory. The technology directory
 * indexes its capabilities through the same shape (no category; laboratory and related instruments as maker and model).
 */
export interface SearchDocument {
  id: number;
  status: string;
  category?: InstrumentCategory;
  institutionId: number;
  prefecture: string;
  nameJa: string;
  nameEn: string;
  manufacturer: string;
  model: string;
  keywords: string[];
  descriptionJa: string;
  descriptionEn: string;
  specs: Array<{ label: { ja: string; en: string }; value: string }>;
}

export interface SearchFilters {
  status?: string;
  category?: string;
  institutionId?: number;
  prefecture?: string;
}

export interface RankedInstrument {
  id: number;
  score: number;
  /** Why it matched; computed only for the items shown. */
  explain(): SearchMatch;
}

/** Field weights: names, techniques and keywords above category, model and descriptions. */
const BOOST = { name: 4, techniques: 3, keywords: 3, category: 2, model: 2, description: 1, grams: 0.6, tech: 3 };
const WORD_FIELDS = ["name", "techniques", "keywords", "category", "model", "description"];
const TECH = "t:";
/** A category in the `tech` field, for thesaurus entries that name categories rather than techniques. */
const CATEGORY = "c:";
const TECHNIQUE_NAMES = TECHNIQUES.flatMap((technique) => [technique.ja, technique.en, ...technique.aliases]);

function indexed(doc: SearchDocument) {
  const label = doc.category ? CATEGORY_LABELS[doc.category] : { ja: "", en: "" };
  const identity = [doc.nameJa, doc.nameEn, doc.model, ...doc.keywords].join(" ");
  const techniques = techniquesIn(identity).map((id) => techniqueById(id)!);
  return {
    id: doc.id,
    status: doc.status,
    categoryId: doc.category,
    institutionId: doc.institutionId,
    prefecture: doc.prefecture,
    name: `${doc.nameJa} ${doc.nameEn}`,
    model: `${doc.manufacturer} ${doc.model}`,
    category: `${label.ja} ${label.en} ${(doc.category ?? "").replace(/_/g, " ")}`,
    keywords: doc.keywords.join(" "),
    techniques: techniques.map((t) => `${t.ja} ${t.en}`).join(" "),
    description: [doc.descriptionJa, doc.descriptionEn, ...doc.specs.map((s) => `${s.label.ja} ${s.label.en} ${s.value}`)].join(" "),
    grams: [doc.nameJa, ...doc.keywords, label.ja, ...techniques.map((t) => t.ja)].join(" "),
    tech: [...techniques.map((t) => TECH + t.id), TECH + CATEGORY + doc.category].join(" "),
  };
}

/** An in-memory BM25 index of the catalogue (MiniSearch), with typo tolerance and the needs thesaurus. */
export class SearchIndex {
  private readonly mini: MiniSearch<ReturnType<typeof indexed>>;
  /** How a folded term was first written in the catalogue, to show it back. */
  private readonly surfaces = new Map<string, string>();

  /** A digest of each instrument's searchable fields as last indexed, to re-index only what changed. */
  private readonly indexedAs = new Map<number, string>();

  /** Each instrument's names, for "did you mean". */
  private readonly names = new Map<number, string[]>();

  /** The thesaurus queries are read with: the repository's, merged with the admins' entries (`update`). */
  private needs: NeedMatcher = BASE_NEEDS;

  /** "Did you mean" vocabularies, folded once: rebuilt by `update` when the thesaurus, or any instrument, changed. */
  private thesaurusTerms = new TermVocabulary([...BASE_NEEDS.terms, ...TECHNIQUE_NAMES]);
  private nameTerms = new TermVocabulary([]);

  constructor() {
    this.mini = new MiniSearch({
      fields: Object.keys(BOOST),
      storeFields: ["status", "categoryId", "institutionId", "prefecture"],
      autoVacuum: false,
      tokenize: (text, field) => (field === "tech" ? text.split(" ") : field === "grams" ? gramsOf(text, true) : this.wordsRemembered(text)),
      processTerm: (term, field) => (field === "tech" || field === "grams" ? term : searchTerm(term)),
    });
  }

  /**
   * Brings the index to this catalogue: adds, re-indexes and drops only the instruments that changed, yielding to
   * other requests every few hundred instruments so a large (re)build never blocks the process for long.
   */
  async update(documents: SearchDocument[], needs: NeedMatcher = BASE_NEEDS): Promise<void> {
    if (needs !== this.needs) this.thesaurusTerms = new TermVocabulary([...needs.terms, ...TECHNIQUE_NAMES]);
    this.needs = needs;
    const present = new Set<number>();
    let indexedSinceYield = 0;
    let changed = false;
    for (const doc of documents) {
      present.add(doc.id);
      this.names.set(doc.id, [doc.nameJa, doc.nameEn]);
      const fields = createHash("sha1").update(JSON.stringify(doc)).digest("base64");
      const before = this.indexedAs.get(doc.id);
      if (before === fields) continue;
      changed = true;
      if (before === undefined) this.mini.add(indexed(doc));
      else this.mini.replace(indexed(doc));
      this.indexedAs.set(doc.id, fields);
      if (++indexedSinceYield % 200 === 0) await new Promise(setImmediate);
    }
    for (const id of this.indexedAs.keys()) {
      if (present.has(id)) continue;
      this.mini.discard(id);
      this.indexedAs.delete(id);
      this.names.delete(id);
      changed = true;
    }
    if (changed) this.nameTerms = new TermVocabulary([...this.names.values()].flat());
    // Replaced and dropped instruments leave their terms behind until a vacuum, and skew scores meanwhile.
    if (this.mini.dirtCount > 0) await this.mini.vacuum({ batchSize: 1000, batchWait: 0 });
  }

  /** The words of an indexed text, noting how each was written (a joined name as hyphenated in the text). */
  private wordsRemembered(text: string): string[] {
    const words = wordsOf(text);
    const written = [...hyphenated(text).map((compound) => [compound.replace(/-/g, ""), compound]), ...words.map((word) => [word, word])];
    for (const [word, surface] of written) {
      const term = searchTerm(word);
      if (term && !this.surfaces.has(term)) this.surfaces.set(term, surface);
    }
    return words;
  }

  /** Instruments matching any word of the query or a need it names, best first, narrowed by the filters. */
  search(query: string, filters: SearchFilters, locale: Locale): RankedInstrument[] {
    const needs = this.needs.needsInQuery(query);
    const techniques = [...new Set(needs.flatMap((need) => [...need.techniques, ...(need.categories ?? []).map((c) => CATEGORY + c)]))];
    const queries = [
      { queries: [query], fields: WORD_FIELDS, tokenize: queryWords, processTerm: searchTerm, prefix: (term: string) => [...term].length >= 3, fuzzy: typoDistance },
      { queries: [query], fields: ["grams"], tokenize: (text: string) => gramsOf(text, false), processTerm: (term: string) => term },
    ];
    if (techniques.length) {
      queries.push({ queries: [techniques.map((id) => TECH + id).join(" ")], fields: ["tech"], tokenize: (text) => text.split(" "), processTerm: (term) => term });
    }
    const results = this.mini.search({ combineWith: "OR", queries }, { boost: BOOST, filter: (r) => passes(r, filters) });
    // Equal scores in id order, and scores compared to 1e-6: an index updated in place ranks exactly as a fresh one.
    const explainer = { index: this, needs, locale };
    const ranked = results.map((result) => new Ranked(result, explainer));
    return ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /**
   * "Did you mean": thesaurus terms (and, when the query found nothing, instrument names) a few typing errors away
   * from the query, when it found fewer than `enough` instruments (an answer, possibly empty) or has a word the
   * catalogue never uses (an answer only if something is close); otherwise undefined.
   */
  suggest(query: string, found: number, enough: number): string[] | undefined {
    const unknownWord = wordsOf(query).some((word) => {
      const term = searchTerm(word);
      return term !== null && !this.surfaces.has(term);
    });
    if (found >= enough && !unknownWord) return undefined;
    const suggestions = closestIn(query, found === 0 ? [this.thesaurusTerms, this.nameTerms] : [this.thesaurusTerms]);
    return found < enough || suggestions.length > 0 ? suggestions : undefined;
  }

  /**
   * For an answer with nothing in it: the techniques and categories the thesaurus links to the query, or to its
   * closest known terms, in the reader's language (at most 8).
   */
  related(query: string, suggestions: readonly string[], locale: Locale): string[] {
    const needs = [query, ...suggestions].flatMap((text) => this.needs.needsInQuery(text));
    const labels = needs.flatMap((need) => [
      ...need.techniques.map((id) => techniqueById(id)?.[locale]),
      ...(need.categories ?? []).map((category) => CATEGORY_LABELS[category as InstrumentCategory]?.[locale]),
    ]);
    return [...new Set(labels.filter((label) => label !== undefined))].slice(0, 8);
  }

  /** Why a result matched (`RankedInstrument.explain`). */
  explain(result: SearchResult, needs: NeedMatch[], locale: Locale): SearchMatch {
    const matched = result.terms.filter((term) => !term.startsWith(TECH));
    // A Japanese bigram inside a matched word says nothing more.
    const words = matched.filter((term) => !isJapanese(term) || !matched.some((other) => other !== term && other.includes(term)));
    const terms = [...new Set(words.map((term) => this.surfaces.get(term) ?? term))].slice(0, 8);
    const via: SearchMatch["via"] = [];
    for (const need of needs) {
      for (const id of need.techniques) {
        if (!result.match[TECH + id] || via.some((v) => v.techniqueId === id)) continue;
        via.push({ need: need.phrase, technique: techniqueById(id)![locale], techniqueId: id });
      }
      for (const category of need.categories ?? []) {
        const id = CATEGORY + category;
        if (!result.match[TECH + id] || via.some((v) => v.techniqueId === id)) continue;
        via.push({ need: need.phrase, technique: CATEGORY_LABELS[category as InstrumentCategory][locale], techniqueId: id });
      }
    }
    return { terms, via };
  }
}

/** A ranked result, explained on demand: one small object per matching instrument, no closure. */
class Ranked implements RankedInstrument {
  readonly id: number;
  readonly score: number;

  constructor(
    private readonly result: SearchResult,
    private readonly explainer: { index: SearchIndex; needs: NeedMatch[]; locale: Locale },
  ) {
    this.id = result.id as number;
    this.score = Math.round(result.score * 1e6) / 1e6;
  }

  explain(): SearchMatch {
    return this.explainer.index.explain(this.result, this.explainer.needs, this.explainer.locale);
  }
}

/** The words of a query, at most 24: enough for a sentence, and a bound on the work a request can ask for. */
function queryWords(text: string): string[] {
  return wordsOf(text).slice(0, 24);
}

function passes(result: SearchResult, filters: SearchFilters): boolean {
  if (filters.status ? result.status !== filters.status : result.status === "retired") return false;
  if (filters.category && result.categoryId !== filters.category) return false;
  if (filters.institutionId && result.institutionId !== filters.institutionId) return false;
  return !filters.prefecture || result.prefecture === filters.prefecture;
}
