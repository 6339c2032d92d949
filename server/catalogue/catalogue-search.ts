import { Mutex } from "async-mutex";
import type { EntityManager } from "typeorm";
import { catalogueRevision } from "../instruments";
import { Instrument } from "../platform/db/entities";
import { SearchIndex, type SearchDocument } from "./search-index";
import { defineCache } from "../platform/caches";
import { loadThesaurus } from "./thesaurus-merge";

/**
 * The catalogue's search index, one per process (per `Database`), kept at the catalogue revision: each search reads the
 * revision and, when it has moved on, reads the catalogue again and re-indexes the instruments that changed, so
 * every process searches exactly what is committed, on SQLite and PostgreSQL alike. The revision is read before
 * the rows, so the index is never older than the revision it is marked with (while it is being updated, a search
 * at the older revision may see some instruments already newer: never older). Callers pass a committed-only read
 * (`Database.readCommitted`): on SQLite an index built from rows a write later rolls back would stay wrong.
 */
export class CatalogueSearch {
  private readonly searchIndex = new SearchIndex();
  private revision = -1;
  private refreshing: { revision: number; done: Promise<void> } | null = null;
  private readonly updating = new Mutex();

  /** The index at the catalogue's revision: `revision` when the caller has just read it in this committed-only read. */
  async index(em: EntityManager, revision?: number): Promise<SearchIndex> {
    revision ??= await catalogueRevision(em);
    if (this.revision >= revision) return this.searchIndex;
    if (!this.refreshing || this.refreshing.revision < revision) {
      const refreshing = { revision, done: this.refresh(em, revision) };
      this.refreshing = refreshing;
      void refreshing.done.finally(() => this.refreshing === refreshing && (this.refreshing = null)).catch(() => undefined);
    }
    await this.refreshing.done;
    return this.searchIndex;
  }

  private async refresh(em: EntityManager, revision: number): Promise<void> {
    const documents = await loadDocuments(em);
    const needs = await loadThesaurus(em);
    // One update at a time; one that brought a newer catalogue meanwhile wins (never go back to older rows).
    await this.updating.runExclusive(async () => {
      if (this.revision >= revision) return;
      await this.searchIndex.update(documents, needs);
      this.revision = revision;
    });
  }
}

async function loadDocuments(em: EntityManager): Promise<SearchDocument[]> {
  const rows = await em
    .getRepository(Instrument)
    .createQueryBuilder("i")
    .innerJoin("i.institution", "inst")
    .select(["i.id", "i.status", "i.category", "i.institutionId", "i.nameJa", "i.nameEn", "i.manufacturer", "i.model"])
    .addSelect(["i.keywords", "i.descriptionJa", "i.descriptionEn", "i.specs", "inst.id", "inst.prefecture"])
    .orderBy("i.id", "ASC")
    .getMany();
  return rows.map((row) => ({ ...row, prefecture: row.institution.prefecture }));
}

export const catalogueSearchIndex = defineCache(
  {
    name: "catalogue search index",
    keeps: "a ranked-search index (BM25) of every instrument's searchable text, and the thesaurus merged with the admins' entries",
    invalidation: "each search reads the catalogue revision (bumped also by thesaurus entries); when it has moved, the thesaurus is read again and the changed instruments indexed again",
  },
  () => new CatalogueSearch(),
);
