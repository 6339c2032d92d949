import type { Database } from "./db/database";

/** What a data cache keeps and the one rule that keeps it true. */
export interface CacheDescription {
  name: string;
  keeps: string;
  invalidation: string;
}

const registry: CacheDescription[] = [];

/**
 * Declares a cache of data read from the database: one instance per `Database` (so that tests, which run many
 * apps in one process, never share one), made on first use. Every such cache is declared here, with what keeps it
 * true; `registeredCaches()` lists them (docs/architecture.md, "Caches").
 */
export function defineCache<T>(description: CacheDescription, make: (db: Database) => T): (db: Database) => T {
  registry.push(description);
  const instances = new WeakMap<Database, T>();
  return (db) => {
    let instance = instances.get(db);
    if (instance === undefined) instances.set(db, (instance = make(db)));
    return instance;
  };
}

export function registeredCaches(): readonly CacheDescription[] {
  return registry;
}
