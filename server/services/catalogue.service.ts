import type { EntityManager, SelectQueryBuilder } from "typeorm";
import type { z } from "zod";
import type { InstrumentListQuerySchema } from "../../shared/schemas/instruments";
import { Institution, Instrument, StaffMember } from "../db/entities";
import { normalizeSearch } from "../domain/search-text";
import { NotFound } from "../errors";

type InstrumentListQuery = z.output<typeof InstrumentListQuerySchema>;

export async function findInstrument(em: EntityManager, id: number): Promise<Instrument> {
  const instrument = await em.getRepository(Instrument).findOne({ where: { id }, relations: { institution: true } });
  if (!instrument) throw new NotFound("Instrument");
  return instrument;
}

/** Escapes LIKE wildcards so a user's "%" or "_" is searched literally. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function applyFilters(query: SelectQueryBuilder<Instrument>, filters: InstrumentListQuery): SelectQueryBuilder<Instrument> {
  if (filters.status) query.andWhere("i.status = :status", { status: filters.status });
  else query.andWhere("i.status <> :retired", { retired: "retired" });
  if (filters.category) query.andWhere("i.category = :category", { category: filters.category });
  if (filters.institutionId) query.andWhere("i.institutionId = :institutionId", { institutionId: filters.institutionId });
  if (filters.prefecture) query.andWhere("inst.prefecture = :prefecture", { prefecture: filters.prefecture });
  const terms = normalizeSearch(filters.q ?? "").split(" ").filter(Boolean).slice(0, 8);
  terms.forEach((term, n) => query.andWhere(`i.searchText LIKE :term${n} ESCAPE '\\'`, { [`term${n}`]: likePattern(term) }));
  return query;
}

/** Catalogue search: every word of `q` must appear in the names, model, category or keywords (either language). */
export async function listInstruments(em: EntityManager, filters: InstrumentListQuery, locale: "ja" | "en") {
  const base = () => applyFilters(em.getRepository(Instrument).createQueryBuilder("i").innerJoin("i.institution", "inst"), filters);
  const nameColumn = locale === "ja" ? "i.nameJa" : "i.nameEn";
  const total = await base().getCount();
  const items = await base()
    .innerJoinAndSelect("i.institution", "institution")
    .orderBy(nameColumn, "ASC")
    .addOrderBy("i.id", "ASC")
    // Every join is many-to-one, so plain LIMIT/OFFSET is exact; skip/take would wrap the query in a DISTINCT subquery.
    .offset((filters.page - 1) * filters.pageSize)
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
