import type { EntityManager } from "typeorm";
import { catalogueRevision } from "../instruments";
import { Instrument } from "../platform/db/entities";
import { SearchIndex, type SearchDocument } from "./search-index";

/**
 * The catalogue's search index, one per app (process), kept at the catalogue revision: each search reads the
 * revision and rebuilds the index when it has moved on, so every process searches exactly what is committed,
 * on SQLite and PostgreSQL alike. The revision is read before the rows, so an index is never older than its revision.
 */
export class CatalogueSearch {
  private current: { revision: number; index: SearchIndex } | null = null;
  private building: { revision: number; index: Promise<SearchIndex> } | null = null;

  async index(em: EntityManager): Promise<SearchIndex> {
    const revision = await catalogueRevision(em);
    if (this.current && this.current.revision >= revision) return this.current.index;
    if (this.building && this.building.revision >= revision) return this.building.index;
    const building = { revision, index: loadDocuments(em).then((documents) => new SearchIndex(documents)) };
    this.building = building;
    try {
      const index = await building.index;
      if (!this.current || this.current.revision < revision) this.current = { revision, index };
      return index;
    } finally {
      if (this.building === building) this.building = null;
    }
  }
}

async function loadDocuments(em: EntityManager): Promise<SearchDocument[]> {
  const rows = await em
    .getRepository(Instrument)
    .createQueryBuilder("i")
    .innerJoin("i.institution", "inst")
    .select(["i.id", "i.status", "i.category", "i.institutionId", "i.nameJa", "i.nameEn", "i.manufacturer", "i.model"])
    .addSelect(["i.keywords", "i.descriptionJa", "i.descriptionEn", "i.specs", "inst.id", "inst.prefecture"])
    .getMany();
  return rows.map((row) => ({ ...row, prefecture: row.institution.prefecture }));
}
