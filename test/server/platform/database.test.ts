import type { Request, Response } from "express";
import pino from "pino";
import { QueryFailedError } from "typeorm";
import { Reservation } from "../../../server/platform/db/entities";
import { errorHandler } from "../../../server/platform/http/error-handler";
import { isPostgresUrl } from "../../helpers/pg-database";
import { at, createTestApp, testDatabaseUrl, type TestApp } from "../../helpers/test-app";

/** Retries only exist on PostgreSQL; on SQLite these show as skipped. */
const pgTest = isPostgresUrl(testDatabaseUrl()) ? test : test.skip;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test("readiness answers 200 with the database in use, liveness stays trivial", async () => {
  const ready = await t.http.get("/api/ready");
  expect(ready.status).toBe(200);
  expect(ready.body).toEqual({ status: "ready", database: t.db.dialect });
  expect(ready.headers["cache-control"]).toBe("no-store");
  expect((await t.http.get("/api/health")).body).toEqual({ status: "ok" });
});

test("while draining, readiness answers 503 so the load balancer stops sending traffic; requests still complete", async () => {
  t.lifecycle.draining = true;
  try {
    const ready = await t.http.get("/api/ready");
    expect(ready.status).toBe(503);
    expect(ready.body.error.code).toBe("unavailable");
    const health = await t.http.get("/api/health");
    expect(health.status).toBe(200);
    expect(health.headers.connection).toBe("close");
  } finally {
    t.lifecycle.draining = false;
  }
});

pgTest("a write that loses a serialization race or a deadlock is run again from the start (PostgreSQL)", async () => {
  let attempts = 0;
  const result = await t.db.write(async (em) => {
    attempts++;
    if (attempts < 3) await em.query(`DO $$ BEGIN RAISE EXCEPTION 'lost the race' USING ERRCODE = '${attempts === 1 ? "40001" : "40P01"}'; END $$`);
    return "done";
  });
  expect(result).toBe("done");
  expect(attempts).toBe(3);
});

pgTest("other database errors are not retried, and retries are bounded (PostgreSQL)", async () => {
  let attempts = 0;
  await expect(
    t.db.write(async (em) => {
      attempts++;
      await em.query(`DO $$ BEGIN RAISE EXCEPTION 'always' USING ERRCODE = '40001'; END $$`);
    }),
  ).rejects.toThrow(/always/);
  expect(attempts).toBe(5);
  attempts = 0;
  await expect(t.db.write(async (em) => (attempts++, em.query(`SELECT 1/0`)))).rejects.toThrow(/division by zero/);
  expect(attempts).toBe(1);
});

pgTest("an exclusion-constraint violation (23P01) from PostgreSQL is answered 409 conflict with the right reason", async () => {
  const institution = await t.make.institution();
  const [instrument, other] = [await t.make.instrument(institution), await t.make.instrument(institution)];
  const { member } = await t.make.staff(institution, [instrument, other]);
  const user = await t.make.companyMember();
  const repository = t.db.manager.getRepository(Reservation);
  const row = (instrumentId: number, assignedStaffId: number | null = member.id) =>
    repository.create({
      instrumentId, institutionId: institution.id, companyId: user.companyId!, userId: user.id, status: "confirmed", purpose: "direct",
      startsAt: new Date(at("2027-06-09T10:00")), endsAt: new Date(at("2027-06-09T12:00")), assignedStaffId,
    });
  await repository.insert(row(instrument.id));
  const render = async (instrumentId: number, assignedStaffId: number | null) => {
    const error = await repository.insert(row(instrumentId, assignedStaffId)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe("23P01");
    const sent: { status?: number; body?: unknown } = {};
    const res = { status: (s: number) => ((sent.status = s), res), json: (b: unknown) => ((sent.body = b), res) };
    errorHandler(pino({ level: "silent" }))(error, {} as Request, res as unknown as Response, () => undefined);
    return sent;
  };
  expect(await render(instrument.id, null)).toEqual({ status: 409, body: { error: { code: "conflict", message: expect.any(String), details: { reason: "slot_taken" } } } });
  expect(await render(other.id, member.id)).toEqual({ status: 409, body: { error: { code: "conflict", message: expect.any(String), details: { reason: "staff_unavailable" } } } });
});
