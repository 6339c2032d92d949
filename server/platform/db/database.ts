import { Mutex } from "async-mutex";
import type { DataSource, EntityManager } from "typeorm";
import { withRetries } from "./retry-policy";

/**
 * The application's handle on the database. Every write goes through `write`, which runs one transaction.
 *
 * SQLite: the driver shares a single connection, so concurrent transactions would interleave; writes are queued
 * behind a mutex and run one at a time (SQLite serialises writers anyway). The overlap triggers stay as the last
 * line of defence.
 *
 * PostgreSQL: each write is a real transaction on its own pooled connection, in parallel with the others and with
 * other server processes. Exclusion constraints refuse overlaps (23P01, rendered as 409); a transaction that loses
 * a serialization race or a deadlock is run again from the start, a bounded number of times.
 */
export class Database {
  private inFlight = 0;
  private drained: (() => void) | null = null;

  constructor(
    readonly dataSource: DataSource,
    private readonly options: { maxAttempts?: number } = {},
    private readonly writeQueue = new Mutex(),
  ) {}

  /**
   * Another handle on the same connection and write queue, with caches of its own (caches live per `Database`,
   * `platform/caches.ts`): what a second server process is to the first, where both cannot open the database
   * (an in-memory SQLite database in tests). Closing the original closes both.
   */
  twin(): Database {
    return new Database(this.dataSource, this.options, this.writeQueue);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  get dialect(): "sqlite" | "postgres" {
    return this.dataSource.options.type === "postgres" ? "postgres" : "sqlite";
  }

  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === "sqlite") return this.tracked(() => this.writeQueue.runExclusive(() => this.dataSource.transaction(work)));
    return this.tracked(() => this.retried(() => this.dataSource.transaction(work)));
  }

  /**
   * Work whose only write is one statement, atomic by itself (e.g. an `insertRow` with its companion audit row).
   * PostgreSQL: runs on one pooled connection without a transaction, so each read sees what is committed when
   * it runs (as in a READ COMMITTED transaction) and the write commits on its own: `START TRANSACTION` and
   * `COMMIT` are two round trips, and with a booking's four statements they were a third of its cost
   * (docs/benchmarks.md). SQLite: the same queued transaction as `write`.
   */
  async writeOneStatement<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === "sqlite") return this.write(work);
    return this.tracked(() =>
      this.retried(async () => {
        const runner = this.dataSource.createQueryRunner();
        try {
          return await work(runner.manager);
        } finally {
          await runner.release();
        }
      }),
    );
  }

  /** Counts a write as in flight until it settles, so that `close` waits for it. */
  private async tracked<T>(write: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await write();
    } finally {
      if (--this.inFlight === 0) this.drained?.();
    }
  }

  /**
   * Reads that must see committed rows only, e.g. to be cached. SQLite: reads share the one connection with any
   * open write transaction and would see its uncommitted rows, so this waits for the write queue. PostgreSQL's
   * pooled connections see committed rows only.
   */
  async readCommitted<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.plainReadsAreCommitted) return this.writeQueue.runExclusive(() => work(this.manager));
    return work(this.manager);
  }

  /** Whether a read on `manager` sees committed rows only, as `readCommitted` does (PostgreSQL), or not (SQLite). */
  get plainReadsAreCommitted(): boolean {
    return this.dialect !== "sqlite";
  }

  private retried<T>(attempt: () => Promise<T>): Promise<T> {
    return withRetries(attempt, this.options.maxAttempts ?? 5);
  }

  /** True when the database answers a trivial query (readiness). */
  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query("SELECT 1");
      return true;
    } catch {
      return false;
    }
  }

  /** Waits for writes in flight, then closes the connection or pool. */
  async close(): Promise<void> {
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
