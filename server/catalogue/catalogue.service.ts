import { In, type EntityManager, type SelectQueryBuilder } from "typeorm";
import type { z } from "zod";
import type { InstrumentListQuerySchema } from "../../shared/schemas/instruments";
import { Institution, Instrument, StaffMember } from "../platform/db/entities";
import { likePattern, searchTerms } from "../platform/search-terms";
import { instrumentsFreeOn } from "../availability";

type InstrumentListQuery = z.output<typeof InstrumentListQuerySchema>;

/** Everything a catalogue answer depends on besides the data: the filters as the search runs them, and the language. */
export function catalogueCacheKey(filters: InstrumentListQuery, locale: "ja" | "en"): string {
  return JSON.stringify({ ...filters, q: searchTerms(filters.q), locale });
}

function applyFilters(query: SelectQueryBuilder<Instrument>, filters: InstrumentListQuery): SelectQueryBuilder<Instrument> {
  if (filters.status) query.andWhere("i.status = :status", { status: filters.status });
  else query.andWhere("i.status <> :retired", { retired: "retired" });
  if (filters.category) query.andWhere("i.category = :category", { category: filters.category });
  if (filters.institutionId) query.andWhere("i.institutionId = :institutionId", { institutionId: filters.institutionId });
  if (filters.prefecture) query.andWhere("inst.prefecture = :prefecture", { prefecture: filters.prefecture });
  const terms = searchTerms(filters.q);
  // PostgreSQL: the trigram index serves LIKE for terms of 3+ characters. When no term is that long, the bigram
  // index finds the candidates of the 2-character ones and the LIKE decides. Never both: rechecking a trigram
  // match would compute every candidate's bigrams.
  const bigrams = query.connection.options.type === "postgres" && terms.every((term) => [...term].length <= 2);
  terms.forEach((term, n) => {
    if (bigrams && [...term].length === 2) query.andWhere(`search_bigrams(i.searchText) @> search_bigrams(:term${n})`, { [`term${n}`]: term });
    query.andWhere(`i.searchText LIKE :likeTerm${n} ESCAPE '\\'`, { [`likeTerm${n}`]: likePattern(term) });
  });
  return query;
}

/**
 * Catalogue search: every word of `q` must appear in the names, model, category or keywords (either language).
 * With `freeOn`, only instruments with a bookable slot that day are listed: the candidates' scheduling columns
 * are loaded in one query, availability is computed in memory, and only the page's rows are loaded in full.
 */
export async function listInstruments(em: EntityManager, filters: InstrumentListQuery, locale: "ja" | "en", now: number) {
  const base = () => applyFilters(em.getRepository(Instrument).createQueryBuilder("i").innerJoin("i.institution", "inst"), filters);
  const nameColumn = locale === "ja" ? "i.nameJa" : "i.nameEn";
  const offset = (filters.page - 1) * filters.pageSize;
  if (filters.freeOn) {
    const candidates = await base()
      .innerJoinAndSelect("i.institution", "institution")
      .select(["i.id", "i.institutionId", "i.status", "i.openingHours", "i.slotMinutes", "i.minDurationMinutes", "i.leadTimeHours", "i.horizonDays"])
      .addSelect(["institution.id", "institution.timezone", "institution.closedOnNationalHolidays"])
      .orderBy(nameColumn, "ASC")
      .addOrderBy("i.id", "ASC")
      .getMany();
    const free = await instrumentsFreeOn(em, candidates, filters.freeOn, now);
    const matching = candidates.filter((c) => free.has(c.id)).map((c) => c.id);
    const pageIds = matching.slice(offset, offset + filters.pageSize);
    const rows = pageIds.length ? await em.getRepository(Instrument).find({ where: { id: In(pageIds) }, relations: { institution: true } }) : [];
    const items = pageIds.map((id) => rows.find((row) => row.id === id)!);
    return { items, total: matching.length, supported: await staffedInstrumentIds(em, pageIds) };
  }
  const total = await base().getCount();
  const items = await base()
    .innerJoinAndSelect("i.institution", "institution")
    .orderBy(nameColumn, "ASC")
    .addOrderBy("i.id", "ASC")
    // Every join is many-to-one, so plain LIMIT/OFFSET is exact; skip/take would wrap the query in a DISTINCT subquery.
    .offset(offset)
    .limit(filters.pageSize)
    .getMany();
  return { items, total, supported: await staffedInstrumentIds(em, items.map((i) => i.id)) };
}

/** Which of these instruments have at least one active staff member who can operate or train on them. */
export async function staffedInstrumentIds(em: EntityManager, instrumentIds: number[]): Promise<Set<number>> {
  if (instrumentIds.length === 0) return new Set();
  const rows: { instrumentId: number }[] = await em
    .getRepository(StaffMember)
    .createQueryBuilder("s")
    .innerJoin("s.instruments", "i")
    .select("DISTINCT i.id", "instrumentId")
    .where("i.id IN (:...ids)", { ids: instrumentIds })
    .andWhere("s.active = :active", { active: true })
    .getRawMany();
  return new Set(rows.map((r) => Number(r.instrumentId)));
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
