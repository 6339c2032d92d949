import { Mutex } from "async-mutex";
import type { DataSource, EntityManager } from "typeorm";

/**
 * The application's handle on the database. Every write goes through `write`, which runs one transaction.
 * On SQLite the driver shares a single connection, so concurrent transactions would interleave: writes are
 * queued behind a mutex and run one at a time (SQLite serialises writers anyway). The overlap triggers in
 * the schema stay as the last line of defence.
 */
export class Database {
  private readonly writeQueue = new Mutex();

  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  get dialect(): "sqlite" | "postgres" {
    return this.dataSource.options.type === "postgres" ? "postgres" : "sqlite";
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.writeQueue.runExclusive(() => this.dataSource.transaction(work));
  }

  async close(): Promise<void> {
    await this.writeQueue.waitForUnlock();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
