import { LRUCache } from "lru-cache";
import type { Database } from "../platform/db/database";
import type { Session, User } from "../platform/db/entities";

export interface CachedSession {
  session: Session;
  user: User;
  staffMemberId: number | null;
}

/**
 * Sessions as this process last read them, by token hash, for the one kind of request that may start from a
 * cached session: a write whose own statement checks again that the session still holds (`db/session-guard.ts`),
 * and which answers nothing else before checking it afresh (`http/session-guard.ts`). Never a source of truth:
 * an entry only saves reading the session before the write. Entries live a minute at most, so a session changed
 * elsewhere costs at most one refused write per process and minute. The sessions and users are shared between
 * requests: read them, never change them.
 */
export class SessionCache {
  private readonly entries = new LRUCache<string, CachedSession>({ max: 10_000, ttl: 60_000 });

  get(tokenHash: string): CachedSession | undefined {
    return this.entries.get(tokenHash);
  }

  set(tokenHash: string, entry: CachedSession): void {
    this.entries.set(tokenHash, entry);
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }
}

const byDatabase = new WeakMap<Database, SessionCache>();

/** The session cache of one database (each test app holds its own). */
export function sessionCache(db: Database): SessionCache {
  let cache = byDatabase.get(db);
  if (!cache) byDatabase.set(db, (cache = new SessionCache()));
  return cache;
}
