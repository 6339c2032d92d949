import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions } from "typeorm";
import { dialectOf } from "./dialect";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { bindNumbersAsParameters } from "./sqlite-parameters";

export const DEFAULT_SQLITE_PATH = "data/equipment-share.sqlite";

/** Connection-pool settings for PostgreSQL (ignored by SQLite, which has one connection). */
export interface PoolOptions {
  poolSize?: number;
  /** Abort any statement running longer than this (ms); 0 = no limit. */
  statementTimeoutMs?: number;
  /** Wait at most this long (ms) for a free connection or a new one. */
  connectTimeoutMs?: number;
  /** Close connections idle for this long (ms). */
  idleTimeoutMs?: number;
  /** Abort transactions left idle this long (ms), releasing their locks; 0 = no limit. */
  idleInTransactionTimeoutMs?: number;
  applicationName?: string;
}

/** Builds the TypeORM data source for a DATABASE_URL: unset or `sqlite:<path>` (`sqlite::memory:`) or `postgres://…`. */
export function createDataSource(url: string | undefined, options: PoolOptions = {}): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  } as const;
  if (dialectOf(url) === "postgres") {
    return new DataSource({
      ...common,
      type: "postgres",
      url,
      poolSize: options.poolSize ?? 10,
      applicationName: options.applicationName ?? "equipment-share",
      connectTimeoutMS: options.connectTimeoutMs ?? 5_000,
      extra: {
        statement_timeout: options.statementTimeoutMs ?? 10_000,
        idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 30_000,
        idleTimeoutMillis: options.idleTimeoutMs ?? 30_000,
      },
    } as DataSourceOptions);
  }
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const dataSource = new DataSource({
    ...common,
    type: "better-sqlite3",
    database: file,
    enableWAL: file !== ":memory:",
    // One connection, one statement cache for the whole process: room for every query shape the app sends.
    statementCacheSize: 500,
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      db.pragma("synchronous = NORMAL");
    },
  });
  bindNumbersAsParameters(dataSource);
  return dataSource;
}

export function sqlitePath(url: string | undefined): string {
  if (!url) return DEFAULT_SQLITE_PATH;
  const rest = url.replace(/^sqlite:(\/\/)?/, "");
  return rest === "" ? DEFAULT_SQLITE_PATH : rest;
}
