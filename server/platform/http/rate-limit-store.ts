import type { ClientRateLimitInfo, Options, Store } from "express-rate-limit";
import type { Clock } from "../clock";
import { RateLimitCounters } from "../db/rate-limit-counters";
import type { Database } from "../db/database";

/**
 * An express-rate-limit store on the application database: with several server processes behind a load balancer,
 * a limit of 10 failed logins means 10 in all, not 10 per process.
 */
export class DatabaseRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private readonly counters: RateLimitCounters;

  constructor(
    db: Database,
    private readonly clock: Clock,
    readonly prefix: string,
  ) {
    this.counters = new RateLimitCounters(db);
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const { hits, resetAt } = await this.counters.hit(this.prefix + key, new Date(this.clock.now()), this.windowMs);
    return { totalHits: hits, resetTime: resetAt };
  }

  decrement(key: string): Promise<void> {
    return this.counters.undo(this.prefix + key);
  }

  resetKey(key: string): Promise<void> {
    return this.counters.reset(this.prefix + key);
  }
}
