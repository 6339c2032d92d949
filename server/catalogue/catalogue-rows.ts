import { LRUCache } from "lru-cache";
import type { EntityManager } from "typeorm";
import type { Locale } from "../../shared/enums";
import { defineCache } from "../platform/caches";
import { compiledSelect } from "../platform/db/compiled-select";
import { Instrument } from "../platform/db/entities";
import { bindNamed } from "../platform/db/named-parameters";
import { preparedQuery } from "../platform/db/prepared-query";

/** An instrument as a catalogue page shows it: with its institution, and whether active staff support it. */
export interface CatalogueRow {
  instrument: Instrument;
  supported: boolean;
  /** The row as a catalogue item, UTF-8 JSON in each language once it was encoded (`catalogueAnswerJson`). */
  json?: Partial<Record<Locale, Buffer>>;
}

/**
 * Instruments as catalogue pages show them, by id, kept for one catalogue revision: a ranked page is a few ids
 * out of thousands, and the same instruments come back page after page. Everything a row holds (instrument,
 * institution, staff and their instruments) moves the revision, so rows read at or after a revision are exact for
 * it; a newer revision empties the cache, and a reader still at an older one reads without it.
 */
export class CatalogueRows {
  private revision = -1;
  /** Room for a region's whole catalogue: 10,021 instruments' rows take 24 MB of heap, and their items encoded in both languages about 27 MB more (Buffers, outside the heap). */
  private readonly rows = new LRUCache<number, CatalogueRow>({ max: 20_000 });

  /** The rows of these ids (in a committed-only read at `revision`). */
  async load(em: EntityManager, revision: number, ids: readonly number[]): Promise<Map<number, CatalogueRow>> {
    if (revision > this.revision) {
      this.rows.clear();
      this.revision = revision;
    }
    const current = revision === this.revision;
    const found = await readCatalogueRows(em, current ? ids.filter((id) => !this.rows.has(id)) : ids);
    // Kept only while `revision` is still the newest: another request may have seen a newer one meanwhile.
    if (current && revision === this.revision) for (const [id, row] of found) this.rows.set(id, row);
    for (const id of ids) {
      const row = found.get(id) ?? this.rows.get(id);
      if (row) found.set(id, row);
    }
    return found;
  }
}

const instrumentsByIds = compiledSelect<Instrument, { ids: number[] }>((em) =>
  em.getRepository(Instrument).createQueryBuilder("instrument").innerJoinAndSelect("instrument.institution", "institution").where("instrument.id IN (:...ids)"),
);

/**
 * The rows of these ids, read now; an id with no instrument has none. A ranked page's rows are read on the request
 * path (the ones not yet kept): built once (`compiledSelect`), not through `find`, whose query building cost several
 * times the reading (docs/benchmarks.md).
 */
export async function readCatalogueRows(em: EntityManager, ids: readonly number[]): Promise<Map<number, CatalogueRow>> {
  if (ids.length === 0) return new Map();
  const instruments = await instrumentsByIds.getMany(em, { ids: [...ids] });
  const supported = await staffedInstrumentIds(em, ids);
  return new Map(instruments.map((instrument) => [instrument.id, { instrument, supported: supported.has(instrument.id) }]));
}

export const catalogueRows = defineCache(
  {
    name: "catalogue rows",
    keeps: "instruments as catalogue pages show them (institution, staff support), by id, for one catalogue revision",
    invalidation: "kept for the catalogue revision they were read at; a newer revision empties it, an older reader bypasses it",
  },
  () => new CatalogueRows(),
);

const STAFFED = `SELECT DISTINCT "si"."instrument_id" AS "instrumentId" FROM "staff_instrument" "si"
  INNER JOIN "staff_member" "s" ON "s"."id" = "si"."staff_member_id"
  WHERE "si"."instrument_id" IN (:...ids) AND "s"."active" = :active`;

/** Which of these instruments have at least one active staff member who can operate or train on them. */
export async function staffedInstrumentIds(em: EntityManager, instrumentIds: readonly number[]): Promise<Set<number>> {
  if (instrumentIds.length === 0) return new Set();
  const [sql, values] = bindNamed(em.connection.driver, STAFFED, { ids: [...instrumentIds], active: true });
  const rows = await preparedQuery<{ instrumentId: number | string }>(em, sql, values);
  return new Set(rows.map((r) => Number(r.instrumentId)));
}
