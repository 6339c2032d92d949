import pino from "pino";
import request from "supertest";
import type { QueryRunner } from "typeorm";
import { createApp } from "../../../server/app";
import { fixedClock } from "../../../server/platform/clock";
import { loadConfig } from "../../../server/platform/config";
import { createDataSource } from "../../../server/platform/db/data-source";
import { Database } from "../../../server/platform/db/database";
import { createLifecycle } from "../../../server/platform/http/lifecycle";
import { Factories } from "../../helpers/factories";
import { createThrowawayDatabase, isPostgresUrl } from "../../helpers/pg-database";
import { testDatabaseUrl } from "../../helpers/test-app";

/** A pool only exists on PostgreSQL; on SQLite this shows as skipped. */
const pgTest = isPostgresUrl(testDatabaseUrl()) ? test : test.skip;

pgTest("an exhausted pool answers 503 unavailable with Retry-After and the error body, then serves again once a connection is free", async () => {
  const throwaway = await createThrowawayDatabase(testDatabaseUrl());
  const db = new Database(createDataSource(throwaway.url, { poolSize: 1, connectTimeoutMs: 300 }));
  let held: QueryRunner | null = null;
  try {
    await db.dataSource.initialize();
    await db.dataSource.runMigrations({ transaction: "each" });
    const config = loadConfig({ NODE_ENV: "test", FEED_SECRET: "test-feed-secret-0123456789abcdefghij" });
    const app = createApp({ db, clock: fixedClock("2027-06-07T00:00:00Z"), config, lifecycle: createLifecycle(), logger: pino({ level: "silent" }) }, { clientDir: "/nonexistent" });
    const make = new Factories(db);
    const company = await make.company();
    await make.companyMember(company, { email: "busy@example.com" });

    // A transaction holds the only connection.
    held = db.dataSource.createQueryRunner();
    await held.connect();
    await held.startTransaction();
    const busy = await request(app).post("/api/auth/login").send({ email: "busy@example.com", password: Factories.PASSWORD });
    expect(busy.status).toBe(503);
    expect(busy.headers["retry-after"]).toBe("2");
    expect(busy.body).toEqual({ error: { code: "unavailable", message: expect.any(String), details: { reason: "database_busy", retryAfterSeconds: 2 } } });

    await held.commitTransaction();
    await held.release();
    held = null;
    const served = await request(app).post("/api/auth/login").send({ email: "busy@example.com", password: Factories.PASSWORD });
    expect(served.status).toBe(200);
  } finally {
    if (held) await held.release();
    await db.close();
    await throwaway.drop();
  }
});
