import { LRUCache } from "lru-cache";
import { defineCache } from "../platform/caches";
import type { Session, User } from "../platform/db/entities";

export interface CachedSession {
  session: Session;
  user: User;
  staffMemberId: number | null;
}

/**
 * Sessions as this process last read them, by token hash, for the one kind of request that may start from a
 * cached session: a write whose own statement checks again that the session still holds (`session-guard.ts`),
 * and which answers nothing else before checking it afresh (`withSessionGuard`). Never a source of truth:
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

export const sessionCache = defineCache(
  {
    name: "sessions",
    keeps: "sessions with their user, by token hash, for bookings that check them again in their own write",
    invalidation: "a minute at most; a write that finds its session changed forgets the entry and reads it afresh",
  },
  () => new SessionCache(),
);
