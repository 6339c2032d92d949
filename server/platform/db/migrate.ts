import type { DataSource, Migration } from "typeorm";

/** Any fixed number, the same in every process: the key of the advisory lock held while migrating. */
const MIGRATION_LOCK_KEY = 7_246_310_001;

/**
 * Runs pending migrations. On PostgreSQL several server processes may start together against one database:
 * an advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function migrate(dataSource: DataSource): Promise<Migration[]> {
  if (dataSource.options.type !== "postgres") return dataSource.runMigrations({ transaction: "each" });
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
