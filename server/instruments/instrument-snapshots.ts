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
 * Instruments as bookings last read them, per process, so that a booking does not read its instrument again on
 * every request. A cached snapshot is only trusted once the booking's calendar statement has read the catalogue
 * revision unchanged (triggers bump it in the same transaction as any instrument or institution change, see the
 * catalogue-revision migration): the instrument was then current when that statement ran, as if read there.
 * Whatever a cached snapshot would refuse, or a revision that moved, is decided again on a fresh read.
 *
 * The revision is read before the instrument, so a snapshot is never older than its revision. Snapshots are only
 * kept from committed rows: inside a write (`get`, with the write's manager: on SQLite the write queue is held,
 * so no other transaction is open) or through `Database.readCommitted` (`getForRead`). On SQLite a plain read
 * can see a write transaction's uncommitted rows, which a rollback would make untrue; checking a snapshot against
 * such a read is still sound, as any uncommitted catalogue change has moved the revision it sees.
 * The instruments are shared between requests: read them, never change them.
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
