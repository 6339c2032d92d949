import type { EntityManager, SelectQueryBuilder } from "typeorm";
import type { z } from "zod";
import type { Locale } from "../../shared/enums";
import type { InstrumentListQuerySchema, SearchMatch } from "../../shared/schemas/instruments";
import { Institution, Instrument } from "../platform/db/entities";
import { normalizeSearch } from "../platform/search-terms";
import { instrumentsFreeOn } from "../availability";
import { catalogueRevision } from "../instruments";
import type { CatalogueSearch } from "./catalogue-search";
import { readCatalogueRows, staffedInstrumentIds, type CatalogueRow, type CatalogueRows } from "./catalogue-rows";

/** The catalogue's in-process caches, and the revision the caller read them at (when it did, in this committed-only read). */
export interface CatalogueState {
  search: CatalogueSearch;
  rows: CatalogueRows;
  revision?: number;
}

type InstrumentListQuery = z.output<typeof InstrumentListQuerySchema>;

/** Everything a catalogue answer depends on besides the data: the filters as the search runs them, and the language. */
export function catalogueCacheKey(filters: InstrumentListQuery, locale: "ja" | "en"): string {
  return JSON.stringify({ ...filters, q: normalizeSearch(filters.q ?? ""), locale });
}

function applyFilters(query: SelectQueryBuilder<Instrument>, filters: InstrumentListQuery): SelectQueryBuilder<Instrument> {
  if (filters.status) query.andWhere("i.status = :status", { status: filters.status });
  else query.andWhere("i.status <> :retired", { retired: "retired" });
  if (filters.category) query.andWhere("i.category = :category", { category: filters.category });
  if (filters.institutionId) query.andWhere("i.institutionId = :institutionId", { institutionId: filters.institutionId });
  if (filters.prefecture) query.andWhere("inst.prefecture = :prefecture", { prefecture: filters.prefecture });
  return query;
}

export interface CataloguePage {
  /** The page's instruments, in order, each with whether staff support it. */
  rows: CatalogueRow[];
  total: number;
  /** Why each item matched, when the catalogue was searched with `q`. */
  matches: Map<number, SearchMatch>;
  /** "Did you mean": closest known terms, when a search with `q` finds fewer than SUGGEST_BELOW instruments or has a word the catalogue does not know. */
  suggestions?: string[];
  /** With `q` and nothing found: techniques and categories the thesaurus links to the query or its suggestions. */
  related?: string[];
}

const SUGGEST_BELOW = 3;

/**
 * The catalogue, filtered: with `q`, ranked by relevance (`search-index.ts`), else by name. With `freeOn`, only
 * instruments with a bookable slot that day are listed (availability is computed in memory for the candidates).
 */
export async function listInstruments(em: EntityManager, filters: InstrumentListQuery, locale: Locale, now: number, catalogue: CatalogueState): Promise<CataloguePage> {
  const query = normalizeSearch(filters.q ?? "");
  if (query) return listRanked(em, { ...filters, q: query }, locale, now, catalogue);
  const base = () => applyFilters(em.getRepository(Instrument).createQueryBuilder("i").innerJoin("i.institution", "inst"), filters);
  const nameColumn = locale === "ja" ? "i.nameJa" : "i.nameEn";
  const offset = (filters.page - 1) * filters.pageSize;
  if (filters.freeOn) {
    const candidates = await withSchedule(base()).orderBy(nameColumn, "ASC").addOrderBy("i.id", "ASC").getMany();
    const free = await instrumentsFreeOn(em, candidates, filters.freeOn, now);
    const matching = candidates.filter((c) => free.has(c.id)).map((c) => c.id);
    return page(em, matching.slice(offset, offset + filters.pageSize), matching.length, new Map());
  }
  const total = await base().getCount();
  const instruments = await base()
    .innerJoinAndSelect("i.institution", "institution")
    .orderBy(nameColumn, "ASC")
    .addOrderBy("i.id", "ASC")
    // Every join is many-to-one, so plain LIMIT/OFFSET is exact; skip/take would wrap the query in a DISTINCT subquery.
    .offset(offset)
    .limit(filters.pageSize)
    .getMany();
  const supported = await staffedInstrumentIds(em, instruments.map((i) => i.id));
  return { rows: instruments.map((instrument) => ({ instrument, supported: supported.has(instrument.id) })), total, matches: new Map() };
}

async function listRanked(em: EntityManager, filters: InstrumentListQuery & { q: string }, locale: Locale, now: number, catalogue: CatalogueState): Promise<CataloguePage> {
  const revision = catalogue.revision ?? (await catalogueRevision(em));
  const index = await catalogue.search.index(em, revision);
  let ranked = index.rank(filters.q, filters, locale);
  if (filters.freeOn) ranked = ranked.only(await freeAmong(em, ranked.ids(), filters.freeOn, now));
  const offset = (filters.page - 1) * filters.pageSize;
  const shown = ranked.top(offset + filters.pageSize).slice(offset);
  const ids = shown.map((r) => r.id);
  const rows = await catalogue.rows.load(em, revision, ids);
  const result = pageOf(ids, rows, ranked.length, new Map(shown.filter((r) => rows.has(r.id)).map((r) => [r.id, r.explain()])));
  const suggestions = index.suggest(filters.q, ranked.length, SUGGEST_BELOW);
  const related = ranked.length === 0 ? index.related(filters.q, suggestions ?? [], locale) : undefined;
  return { ...result, ...(suggestions && { suggestions }), ...(related && { related }) };
}

/** The instruments of one page, in the given order, loaded in full. */
async function page(em: EntityManager, ids: number[], total: number, matches: Map<number, SearchMatch>): Promise<CataloguePage> {
  return pageOf(ids, await readCatalogueRows(em, ids), total, matches);
}

/** A page of these ids from their rows; an instrument deleted since the ids were chosen is left out. */
function pageOf(ids: readonly number[], rows: ReadonlyMap<number, CatalogueRow>, total: number, matches: Map<number, SearchMatch>): CataloguePage {
  return { rows: ids.flatMap((id) => rows.get(id) ?? []), total, matches };
}

/** The columns availability needs: scheduling rules and the institution's zone and holidays. */
function withSchedule(query: SelectQueryBuilder<Instrument>): SelectQueryBuilder<Instrument> {
  return query
    .innerJoinAndSelect("i.institution", "institution")
    .select(["i.id", "i.institutionId", "i.status", "i.openingHours", "i.openingHoursChange", "i.slotMinutes", "i.minDurationMinutes", "i.leadTimeHours", "i.horizonDays"])
    .addSelect(["institution.id", "institution.timezone", "institution.closedOnNationalHolidays"]);
}

/** Which of these instruments have a bookable slot on the date: scheduling columns only, a chunk at a time. */
async function freeAmong(em: EntityManager, ids: number[], date: string, now: number): Promise<Set<number>> {
  const free = new Set<number>();
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = em.getRepository(Instrument).createQueryBuilder("i").where("i.id IN (:...ids)", { ids: ids.slice(start, start + 1000) });
    const candidates = await withSchedule(chunk).getMany();
    for (const id of await instrumentsFreeOn(em, candidates, date, now)) free.add(id);
  }
  return free;
}

export async function listInstitutions(em: EntityManager): Promise<{ institution: Institution; instrumentCount: number }[]> {
  const institutions = await em.getRepository(Institution).find({ order: { id: "ASC" } });
  const counts: { institutionId: number; count: string | number }[] = await em
    .getRepository(Instrument)
    .createQueryBuilder("i")
    .select("i.institutionId", "institutionId")
    .addSelect("COUNT(*)", "count")
    .where("i.status <> :retired", { retired: "retired" })
    .groupBy("i.institutionId")
    .getRawMany();
  const byId = new Map(counts.map((c) => [Number(c.institutionId), Number(c.count)]));
  return institutions.map((institution) => ({ institution, instrumentCount: byId.get(institution.id) ?? 0 }));
}
