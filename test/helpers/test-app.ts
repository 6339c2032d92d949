import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import pino, { type Logger } from "pino";
import request from "supertest";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { fixedClock } from "../../server/platform/clock";
import { loadConfig, type Config } from "../../server/platform/config";
import { createDataSource } from "../../server/platform/db/data-source";
import { Database } from "../../server/platform/db/database";
import { createLifecycle, type Lifecycle } from "../../server/platform/http/lifecycle";
import { Factories } from "./factories";
import { createThrowawayDatabase, isPostgresUrl } from "./pg-database";

/** Where tests run: TEST_DATABASE_URL when set (e.g. PostgreSQL), else a fresh in-memory SQLite database. */
export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || "sqlite::memory:";
}

export interface TestApp {
  app: Express;
  http: ReturnType<typeof request>;
  db: Database;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  /** Set `draining` to act as a server that is shutting down. */
  lifecycle: Lifecycle;
  make: Factories;
  /** Signs in through the API and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /**
   * Another app on the same database, as a second server process would be: caches of its own and, on PostgreSQL,
   * a pool of its own (the in-memory SQLite database lives in the one shared connection).
   */
  sibling(): Promise<{ http: ReturnType<typeof request>; close(): Promise<void> }>;
  close(): Promise<void>;
}

/**
 * A real app on a real, freshly migrated database, with a clock the test controls. On PostgreSQL each call gets a
 * database of its own, dropped again by `close`.
 */
export async function createTestApp(options: { now?: string; config?: Partial<Config>; logger?: Logger } = {}): Promise<TestApp> {
  const baseUrl = testDatabaseUrl();
  const throwaway = isPostgresUrl(baseUrl) ? await createThrowawayDatabase(baseUrl) : null;
  const dataSource = createDataSource(throwaway?.url ?? baseUrl, { poolSize: 10 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const db = new Database(dataSource);
  const clock = fixedClock(options.now ?? "2027-06-07T00:00:00Z");
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "es-uploads-"));
  const config = { ...loadConfig({ NODE_ENV: "test", FEED_SECRET: "test-feed-secret-0123456789abcdefghij", UPLOAD_DIR: uploadDir }), ...options.config };
  const lifecycle = createLifecycle();
  const logger = options.logger ?? pino({ level: "silent" });
  const app = createApp({ db, clock, config, lifecycle, logger }, { clientDir: "/nonexistent" });
  const http = request(app);
  return {
    app,
    http,
    db,
    clock,
    config,
    lifecycle,
    make: new Factories(db),
    async login(email, password = Factories.PASSWORD) {
      const res = await http.post("/api/auth/login").send({ email, password });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async sibling() {
      const own = throwaway ? new Database(createDataSource(throwaway.url, { poolSize: 2 })) : null;
      await own?.dataSource.initialize();
      const siblingApp = createApp({ db: own ?? db.twin(), clock, config, lifecycle: createLifecycle(), logger }, { clientDir: "/nonexistent" });
      return { http: request(siblingApp), close: async () => own?.close() };
    },
    async close() {
      await db.close();
      await throwaway?.drop();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/** Local wall-clock time in a zone → ISO UTC instant, e.g. at("2027-06-09T10:00") for 10:00 in Tokyo. */
export function at(local: string, zone = "Asia/Tokyo"): string {
  return DateTime.fromISO(local, { zone }).toUTC().toISO()!;
}
