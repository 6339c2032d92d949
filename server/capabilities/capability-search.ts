import { Mutex } from "async-mutex";
import type { EntityManager } from "typeorm";
import { SearchIndex, type SearchDocument } from "../catalogue";
import { defineCache } from "../platform/caches";
import { Capability } from "../platform/db/entities";
import { preparedQuery } from "../platform/db/prepared-query";

/** Where a capability may be shown: published to everyone, unpublished to those who edit its institution's. */
export interface Visibility {
  institutionId: number;
  published: boolean;
}

/** The two stamps the index follows: capabilities and their links, and the instruments whose names it indexes. */
async function revisions(em: EntityManager): Promise<string> {
  const [row] = await preparedQuery<{ capability: number | string; catalogue: number | string }>(
    em,
    `SELECT (SELECT "revision" FROM "capability_revision" WHERE "id" = 1) AS "capability", (SELECT "revision" FROM "catalogue_revision" WHERE "id" = 1) AS "catalogue"`,
    [],
  );
  return `${row.capability}/${row.catalogue}`;
}

/**
 * The directory's search index, one per process, built with the catalogue's ranked search (`SearchIndex`: the same
 * segmentation, folding, thesaurus and `match`) and kept exact across processes the way the catalogue's is: each
 * search reads the capability and catalogue revisions (bumped by triggers) and re-indexes when either moved. The
 * revisions are read before the rows, so the index is never older than what it is marked with. Callers pass a
 * committed-only read (`Database.readCommitted`).
 */
export class CapabilitySearch {
  private readonly searchIndex = new SearchIndex();
  private revision = "";
  private visibility = new Map<number, Visibility>();
  private readonly updating = new Mutex();

  async index(em: EntityManager): Promise<{ index: SearchIndex; visibility: ReadonlyMap<number, Visibility> }> {
    const revision = await revisions(em);
    if (this.revision !== revision) {
      await this.updating.runExclusive(async () => {
        const now = await revisions(em);
        if (this.revision === now) return;
        const rows = await loadCapabilities(em);
        await this.searchIndex.update(rows.map(documentOf));
        this.visibility = new Map(rows.map((row) => [row.id, { institutionId: row.institutionId, published: row.published }]));
        this.revision = now;
      });
    }
    return { index: this.searchIndex, visibility: this.visibility };
  }
}

function loadCapabilities(em: EntityManager): Promise<Capability[]> {
  return em.getRepository(Capability).find({ relations: { instruments: true, institution: true }, order: { id: "ASC" } });
}

/** A capability as the catalogue's index reads a document: the laboratory as maker, its instruments' names as model. */
function documentOf(row: Capability): SearchDocument {
  const instruments = [...row.instruments].sort((a, b) => a.id - b.id);
  return {
    id: row.id,
    status: "available",
    institutionId: row.institutionId,
    prefecture: row.institution.prefecture,
    nameJa: row.titleJa,
    nameEn: row.titleEn,
    manufacturer: `${row.laboratoryJa} ${row.laboratoryEn}`,
    model: instruments.map((i) => `${i.nameJa} ${i.nameEn}`).join(" "),
    keywords: [...row.keywordsJa, ...row.keywordsEn],
    descriptionJa: row.summaryJa,
    descriptionEn: row.summaryEn,
    specs: [],
  };
}

export const capabilitySearchIndex = defineCache(
  {
    name: "capability search index",
    keeps: "a ranked-search index (BM25, the catalogue's) of every research capability in the technology directory",
    invalidation: "each search reads the capability and catalogue revisions; when either has moved, the capabilities are indexed again",
  },
  () => new CapabilitySearch(),
);
