import express from "express";
import pino from "pino";
import request from "supertest";
import { createDataSource } from "../../../server/platform/db/data-source";
import { errorHandler } from "../../../server/platform/http/error-handler";
import { isPostgresUrl } from "../../helpers/pg-database";
import { testDatabaseUrl } from "../../helpers/test-app";

/** Statement timeouts only exist on PostgreSQL; on SQLite this shows as skipped. */
const pgTest = isPostgresUrl(testDatabaseUrl()) ? test : test.skip;

pgTest("a statement cancelled by the statement timeout answers 503 unavailable with Retry-After and the error body, not 500", async () => {
  const dataSource = createDataSource(testDatabaseUrl(), { poolSize: 1, statementTimeoutMs: 100 });
  await dataSource.initialize();
  try {
    const app = express();
    app.get("/slow", async (_req, res) => res.json(await dataSource.query("SELECT pg_sleep(2)")));
    app.use(errorHandler(pino({ level: "silent" })));
    const slow = await request(app).get("/slow");
    expect(slow.status).toBe(503);
    expect(slow.headers["retry-after"]).toBe("2");
    expect(slow.body).toEqual({ error: { code: "unavailable", message: expect.any(String), details: { reason: "statement_timeout", retryAfterSeconds: 2 } } });
  } finally {
    await dataSource.destroy();
  }
});
