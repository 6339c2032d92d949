import { LRUCache } from "lru-cache";
import type { EntityManager } from "typeorm";
import { catalogueRevision } from "../instruments";
import type { Database } from "../platform/db/database";
import { defineCache } from "../platform/caches";

/**
 * Catalogue answers (UTF-8 JSON), reused while the catalogue revision is unchanged. Each request reads the
 * current revision and gets a cached answer only if it was computed at exactly that revision, so a process sees
 * every change, whoever made it, on its next request. The revision is read before computing, in the same
 * committed-only read: a change committed meanwhile carries a newer revision, so an answer can be newer than its
 * revision but never older. Per app (each holds its own database); answers of older revisions are dropped. An
 * answer is kept from its second computation on (`askedOnce`).
 */
export class CatalogueCache {
  private readonly answers = new LRUCache<string, Buffer>({
    max: 5_000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (body, key) => body.length + key.length * 2,
  });
  /**
   * Answers asked for once at the newest revision, by key: an answer is kept only when asked for a second time, so
   * that one-off searches (most distinct queries) neither push popular answers out nor churn the heap.
   */
  private readonly askedOnce = new LRUCache<string, true>({ max: 50_000 });
  private newest = 0;

  constructor(private readonly db: Database) {}

  /** The answer for `key`, or `compute`d at the revision it is given (read in the committed-only read, before). */
  async get(key: string, compute: (em: EntityManager, revision: number) => Promise<Buffer>): Promise<Buffer> {
    const seen = await catalogueRevision(this.db.manager);
    const hit = this.answers.get(`${seen} ${key}`);
    if (hit !== undefined) return hit;
    return this.db.readCommitted(async (em) => {
      // SQLite's first read may have seen a write's uncommitted revision, which it may yet roll back.
      const revision = this.db.plainReadsAreCommitted ? seen : await catalogueRevision(em);
      const body = await compute(em, revision);
      this.store(revision, key, body);
      return body;
    });
  }

  private store(revision: number, key: string, body: Buffer): void {
    if (revision > this.newest) {
      this.answers.clear();
      this.askedOnce.clear();
      this.newest = revision;
    }
    if (revision !== this.newest) return;
    const cacheKey = `${revision} ${key}`;
    if (this.askedOnce.delete(cacheKey)) this.answers.set(cacheKey, body);
    else this.askedOnce.set(cacheKey, true);
  }
}

export const catalogueAnswers = defineCache(
  {
    name: "catalogue answers",
    keeps: "catalogue pages as UTF-8 JSON, by filters and language",
    invalidation: "served only at the catalogue revision they were computed at; older revisions are dropped",
  },
  (db) => new CatalogueCache(db),
);
