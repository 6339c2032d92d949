import { LRUCache } from "lru-cache";
import type { EntityManager } from "typeorm";
import { catalogueRevision } from "./catalogue-revision";
import type { Database } from "../platform/db/database";
import { defineCache } from "../platform/caches";
import type { Instrument } from "../platform/db/entities";
import { findInstrument } from "./find-instrument";

/** An instrument with its institution, and the catalogue revision it is at least as new as. */
export interface InstrumentSnapshot {
  instrument: Instrument;
  revision: number;
  /** Taken from the cache: not yet known to be current. A snapshot read for this request is as current as any read. */
  cached: boolean;
}

/**
 * Instruments as this process last read them, with the catalogue revision read just before each. A snapshot
 * decides nothing until a statement of the caller reads the revision unchanged (triggers bump it with every
 * catalogue change); anything it would refuse, or a moved revision, is decided again on a fresh read. Only
 * committed rows are kept: read inside a write (`get`) or through `Database.readCommitted` (`getForRead`).
 * Snapshots are shared between requests: read them, never change them.
 */
export class InstrumentSnapshots {
  private readonly entries = new LRUCache<number, Omit<InstrumentSnapshot, "cached">>({ max: 5_000 });

  constructor(private readonly db: Database) {}

  /** For write paths: `em` is the write's manager. */
  async get(em: EntityManager, instrumentId: number): Promise<InstrumentSnapshot> {
    const hit = this.entries.get(instrumentId);
    return hit ? { ...hit, cached: true } : this.read(em, instrumentId);
  }

  /** For reads outside a write (availability): a miss, or `fresh`, reads committed rows only. */
  async getForRead(instrumentId: number, options: { fresh?: boolean } = {}): Promise<InstrumentSnapshot> {
    const hit = options.fresh ? undefined : this.entries.get(instrumentId);
    return hit ? { ...hit, cached: true } : this.db.readCommitted((em) => this.read(em, instrumentId));
  }

  /** Reads the instrument now (and keeps it for the next request). */
  async read(em: EntityManager, instrumentId: number): Promise<InstrumentSnapshot> {
    const revision = await catalogueRevision(em);
    const instrument = await findInstrument(em, instrumentId);
    this.entries.set(instrumentId, { instrument, revision });
    return { instrument, revision, cached: false };
  }
}

export const instrumentSnapshots = defineCache(
  {
    name: "instrument snapshots",
    keeps: "instruments with their institution and the catalogue revision read before them",
    invalidation: "used only while the catalogue revision (bumped by triggers on every catalogue write) is unchanged",
  },
  (db) => new InstrumentSnapshots(db),
);
