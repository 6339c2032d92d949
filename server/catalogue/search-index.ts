import { createHash } from "node:crypto";
import { CATEGORY_LABELS, type InstrumentCategory, type Locale } from "../../shared/enums";
import type { SearchMatch } from "../../shared/schemas/instruments";
import { BASE_NEEDS, closestIn, isJapanese, techniqueById, techniquesIn, TECHNIQUES, TermVocabulary, type NeedMatch, type NeedMatcher } from "../../shared/search/thesaurus";
import { Bm25Postings, type QuerySource } from "./bm25-postings";
import { Ranking, type RankedInstrument } from "./ranking";
import { FilterFacets, type SearchFilters } from "./search-filters";
import { gramsOf, hyphenated, searchTerm, typoDistance, wordsOf } from "./search-tokens";

export type { RankedInstrument, SearchFilters };

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

/** Field weights: names, techniques and keywords above category, model and descriptions. */
const BOOST = { name: 4, techniques: 3, keywords: 3, category: 2, model: 2, description: 1, grams: 0.6, tech: 3 };
type Field = keyof typeof BOOST;
const FIELDS = Object.keys(BOOST) as Field[];
const WORD_FIELDS: Field[] = ["name", "techniques", "keywords", "category", "model", "description"];
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

/** What a query asks of the index: each query term with the indexed terms it stands for, and every term reached. */
interface QueryPlan {
  sources: QuerySource[];
  /** Every indexed term the query reached, in the order it was reached, with the fields it was scored in. */
  reached: Array<{ term: string; fields: number[] }>;
}

type Scoring = QuerySource["expansions"][number]["fields"];
const scoring = (fields: readonly Field[]): Scoring => fields.map((field) => ({ field: FIELDS.indexOf(field), boost: BOOST[field] }));
const WORD_SCORING = scoring(WORD_FIELDS);
const GRAM_SCORING = scoring(["grams"]);
const TECH_SCORING = scoring(["tech"]);
/** MiniSearch's weights of a prefix and a fuzzy expansion, which the relevance set was tuned with. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** An in-memory BM25 index of the catalogue (`Bm25Postings`), with typo tolerance and the needs thesaurus. */
export class SearchIndex {
  private readonly postings = new Bm25Postings(FIELDS, FilterFacets.COUNT);
  private readonly facets = new FilterFacets();
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

  /** Each query word's prefix and typo expansions, remembered until the index changes (`update`). */
  private readonly expansions = new Map<string, Array<[string, number]>>();

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
      if (this.indexedAs.get(doc.id) === fields) continue;
      changed = true;
      this.postings.remove(doc.id);
      this.add(indexed(doc));
      this.indexedAs.set(doc.id, fields);
      if (++indexedSinceYield % 200 === 0) await new Promise(setImmediate);
    }
    for (const id of this.indexedAs.keys()) {
      if (present.has(id)) continue;
      this.postings.remove(id);
      this.indexedAs.delete(id);
      this.names.delete(id);
      changed = true;
    }
    if (changed) {
      this.nameTerms = new TermVocabulary([...this.names.values()].flat());
      this.expansions.clear();
    }
  }

  private add(doc: ReturnType<typeof indexed>): void {
    const fieldTokens = FIELDS.map((field) => {
      const text = doc[field];
      if (field === "tech") return { tokens: text.split(" "), terms: text.split(" ") };
      if (field === "grams") {
        const grams = gramsOf(text, true);
        return { tokens: grams, terms: grams };
      }
      const words = this.wordsRemembered(text);
      return { tokens: words, terms: words.map(searchTerm) };
    });
    this.postings.add(doc.id, fieldTokens, this.facets.of(doc));
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

  /** Instruments matching any word of the query or a need it names, narrowed by the filters; ranked on demand. */
  rank(query: string, filters: SearchFilters, locale: Locale): Ranking {
    const needs = this.needs.needsInQuery(query);
    const plan = this.plan(query, needs);
    const scored = this.postings.score(plan.sources, this.facets.keep(filters));
    return new Ranking(scored, () => this.explainer(plan, needs, locale));
  }

  /** Every match of `rank`, best first. */
  search(query: string, filters: SearchFilters, locale: Locale): RankedInstrument[] {
    const ranking = this.rank(query, filters, locale);
    return ranking.top(ranking.length);
  }

  /**
   * What the query asks of the index: its words in the word fields (exactly, as prefixes from three letters, and
   * within a typo for Latin words), its Japanese bigrams in `grams`, and the techniques its needs name in `tech`.
   */
  private plan(query: string, needs: NeedMatch[]): QueryPlan {
    const sources = new Map<string, QuerySource & { expansions: QuerySource["expansions"][number][] }>();
    const reached: QueryPlan["reached"] = [];
    const reach = (source: string, term: string, weight: number, fields: Scoring) => {
      if (!sources.has(source)) sources.set(source, { expansions: [] });
      sources.get(source)!.expansions.push({ term, weight, fields });
      reached.push({ term, fields: fields.map(({ field }) => field) });
    };
    for (const word of queryWords(query)) {
      const term = searchTerm(word);
      if (!term) continue;
      reach(term, term, 1, WORD_SCORING);
      for (const [near, weight] of this.expansionsOf(term)) reach(term, near, weight, WORD_SCORING);
    }
    for (const gram of gramsOf(query, false)) reach(gram, gram, 1, GRAM_SCORING);
    const techniques = new Set(needs.flatMap((need) => [...need.techniques, ...(need.categories ?? []).map((c) => CATEGORY + c)]));
    for (const id of techniques) reach(TECH + id, TECH + id, 1, TECH_SCORING);
    return { sources: [...sources.values()], reached };
  }

  /** The indexed terms a query word also reaches, with their weights: longer words it begins (from three letters), then words within a typo. */
  private expansionsOf(term: string): Array<[string, number]> {
    let expansions = this.expansions.get(term);
    if (expansions) return expansions;
    expansions = [];
    const prefixed = new Set<string>();
    if ([...term].length >= 3) {
      for (const longer of this.postings.withPrefix(term)) {
        if (longer.length === term.length) continue;
        prefixed.add(longer);
        expansions.push([longer, (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * (longer.length - term.length))]);
      }
    }
    const typos = typoDistance(term);
    for (const [near, distance] of typos === false ? [] : this.postings.near(term, typos)) {
      if (distance === 0 || prefixed.has(near)) continue;
      expansions.push([near, (FUZZY_WEIGHT * near.length) / (near.length + distance)]);
    }
    if (this.expansions.size >= 50_000) this.expansions.clear();
    this.expansions.set(term, expansions);
    return expansions;
  }

  /**
   * "Did you mean": thesaurus terms (and, when the query found nothing, instrument names) a few typing errors away
   * from the query, when it found fewer than `enough` instruments (an answer, possibly empty); or, when it found
   * enough but has words the catalogue never uses, terms close to the whole query or to those words (an answer
   * only if something is close); otherwise undefined.
   */
  suggest(query: string, found: number, enough: number): string[] | undefined {
    if (found < enough) return closestIn(query, found === 0 ? [this.thesaurusTerms, this.nameTerms] : [this.thesaurusTerms]);
    const unknown = (text: string) =>
      wordsOf(text).some((word) => {
        const term = searchTerm(word);
        return term !== null && !this.surfaces.has(term);
      });
    if (!unknown(query)) return undefined;
    const suggestions = closestIn(query, [this.thesaurusTerms], 3, unknown);
    return suggestions.length > 0 ? suggestions : undefined;
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

  /** Why a result matched (`RankedInstrument.explain`), from the indexed terms it has of those the query reached. */
  private explainer(plan: QueryPlan, needs: NeedMatch[], locale: Locale): (id: number) => SearchMatch {
    const matched = this.postings.matcher(plan.reached);
    // Each technique (or category) the query's needs name, in order, with its label: worked out once per ranking.
    const answers = needs.flatMap((need) => [
      ...need.techniques.map((id) => ({ key: TECH + id, via: { need: need.phrase, technique: techniqueById(id)![locale], techniqueId: id } })),
      ...(need.categories ?? []).map((category) => ({
        key: TECH + CATEGORY + category,
        via: { need: need.phrase, technique: CATEGORY_LABELS[category as InstrumentCategory][locale], techniqueId: CATEGORY + category },
      })),
    ]);
    return (id) => this.explain(new Set(matched(id)), answers);
  }

  private explain(has: ReadonlySet<string>, answers: ReadonlyArray<{ key: string; via: SearchMatch["via"][number] }>): SearchMatch {
    const matched = [...has].filter((term) => !term.startsWith(TECH));
    // A Japanese bigram inside a matched word says nothing more.
    const words = matched.filter((term) => !isJapanese(term) || !matched.some((other) => other !== term && other.includes(term)));
    const terms = [...new Set(words.map((term) => this.surfaces.get(term) ?? term))].slice(0, 8);
    const via: SearchMatch["via"] = [];
    for (const answer of answers) {
      if (has.has(answer.key) && !via.some((v) => v.techniqueId === answer.via.techniqueId)) via.push(answer.via);
    }
    return { terms, via };
  }
}

/** The words of a query, at most 24: enough for a sentence, and a bound on the work a request can ask for. */
function queryWords(text: string): string[] {
  return wordsOf(text).slice(0, 24);
}
