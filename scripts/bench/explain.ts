import "reflect-metadata";
import { escapeLiteral } from "pg";
import type { Logger } from "typeorm";
import { catalogueRevision } from "../../server/instruments/catalogue-revision";
import type { Database } from "../../server/platform/db/database";
import { ranPrepared } from "../../server/platform/db/prepared-query";
import { User } from "../../server/platform/db/entities";
import { computeAvailability } from "../../server/availability/availability.service";
import { listInstruments } from "../../server/catalogue/catalogue.service";
import { catalogueSearchIndex } from "../../server/catalogue/catalogue-search";
import { catalogueRows } from "../../server/catalogue/catalogue-rows";
import { resolveFeedToken } from "../../server/calendar-feeds/calendar-feed.service";
import { feedFingerprint } from "../../server/calendar-feeds/feed-events.service";
import { createReservation } from "../../server/booking/create-reservation";
import { guardOf } from "../../server/accounts/session-guard";
import { hashToken, issueSession, resolveSession } from "../../server/accounts/auth.service";
import { BENCH_EMAIL, ensureBenchFeedToken, ensureBenchFixtures, freeSlots } from "./fixtures";
import { nextWeek } from "./scenarios";
import { openDatabase } from "./targets";

/**
 * `npm run bench:plans`: runs the hot paths (catalogue search, a week's availability, one booking, a calendar
 * app polling the bench company's feed) once against
 * DATABASE_URL, captures every SELECT the ORM sends, and the booking's write, and prints the database's plan for
 * each one (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE, of the prepared statement for those the app
 * prepares; the write's plan without running it again).
 * Use it on the large data set.
 */
/**
 * The plan PostgreSQL uses for a hot-path statement as the app runs it: a named prepared statement (see
 * `preparedQuery`), executed a few times first so the planner has had its chance to switch to a generic plan.
 */
async function preparedPlan(db: Database, sql: string, params: unknown[]): Promise<string[]> {
  const runner = db.dataSource.createQueryRunner();
  try {
    const literal = (value: unknown) =>
      value === null || value === undefined ? "NULL" : typeof value === "number" ? String(value) : escapeLiteral(value instanceof Date ? value.toISOString() : String(value));
    const args = params.length ? `(${params.map(literal).join(", ")})` : "";
    await runner.query(`PREPARE plan_statement AS ${sql}`);
    for (let n = 0; n < 6; n++) await runner.query(`EXECUTE plan_statement${args}`);
    const plan: Array<{ "QUERY PLAN": string }> = await runner.query(`EXPLAIN (ANALYZE, COSTS OFF) EXECUTE plan_statement${args}`);
    await runner.query("DEALLOCATE plan_statement");
    return plan.map((row) => row["QUERY PLAN"]);
  } finally {
    await runner.release();
  }
}

const writes = (sql: string) => /^\s*(WITH|INSERT)\b/i.test(sql);

/** Reads, and the booking's write (shown without running it); not the bench's own clean-up or a bare lock. */
function wanted(sql: string): boolean {
  if (writes(sql)) return /INSERT INTO "reservation"/.test(sql);
  return /^\s*SELECT/i.test(sql) && !/^SELECT pg_advisory|^SELECT 1$/.test(sql);
}

interface Captured {
  path: string;
  sql: string;
  params: unknown[];
}

/** Turns on the ORM's query log and keeps every wanted statement under the label `step` last set. */
function captureQueries(db: Database): { captured: Captured[]; step: (label: string) => void } {
  const captured: Captured[] = [];
  let path = "";
  const logger: Logger = {
    logQuery: (sql, params) => void (wanted(sql) && captured.push({ path, sql, params: (params as unknown[]) ?? [] })),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  db.dataSource.setOptions({ logging: ["query"], logger });
  return { captured, step: (label) => void (path = label) };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ?? "");
  const { captured, step } = captureQueries(db);
  const fixtures = await ensureBenchFixtures(db);
  const [{ id }] = await db.manager.query(`SELECT i.id AS id FROM instrument i JOIN staff_instrument s ON s.instrument_id = i.id WHERE i.status = 'active' ORDER BY i.id LIMIT 1`);
  const week = nextWeek();
  const user = await db.manager.getRepository(User).findOneOrFail({ where: { email: BENCH_EMAIL }, relations: { company: true } });
  const feedToken = await ensureBenchFeedToken(db, fixtures);
  captured.length = 0;

  await runReads(db, step, Number(id), week);
  await runBookings(db, step, user, fixtures);
  step("iCal feed poll (the token, then the fingerprint; the rendered feed is reused while it is unchanged)");
  await feedFingerprint(db.manager, (await resolveFeedToken(db.manager, feedToken))!, Date.now());

  db.dataSource.setOptions({ logging: false });
  for (const { path, sql, params } of captured) {
    const plan = await planOf(db, sql, params);
    console.log(`\n### ${path}\n\n\`\`\`sql\n${sql.replace(/\s+/g, " ").slice(0, 600)}\n\`\`\`\n\`\`\`\n${plan.join("\n")}\n\`\`\``);
  }
  await db.close();
}

/** The three catalogue requests the benchmark sends, the catalogue revision, and a week's availability. */
async function runReads(db: Database, step: (label: string) => void, instrumentId: number, week: { from: string; to: string }): Promise<void> {
  // The three catalogue requests the benchmark sends (the search index is read once, then kept per revision).
  const catalogue = { search: catalogueSearchIndex(db), rows: catalogueRows(db) };
  for (const [label, filters] of [
    ["q=xrd", { q: "xrd" }],
    ["q=金属&category=mass_spectrometry", { q: "金属", category: "mass_spectrometry" }],
    ["page=3", { page: 3 }],
  ] as const) {
    step(`catalogue search (${label})`);
    await listInstruments(db.manager, { page: 1, pageSize: 20, ...filters }, "ja", Date.now(), catalogue);
  }
  step("catalogue revision (every catalogue request; the answer itself is cached per revision)");
  await catalogueRevision(db.manager);
  step("availability (one instrument, one week)");
  await computeAvailability(db, instrumentId, { from: Date.parse(week.from), to: Date.parse(week.to) }, Date.now());
}

/**
 * A booking as the benchmark's first one runs (reading the instrument), then as every later one: on the
 * instrument and session this process read last, checked by the calendar read and the write themselves.
 * The bookings and the session are deleted afterwards.
 */
async function runBookings(db: Database, step: (label: string) => void, user: User, fixtures: Awaited<ReturnType<typeof ensureBenchFixtures>>): Promise<void> {
  const { token } = await issueSession(db.manager, user, Date.now());
  step("session lookup (every signed-in request, but a booking on a session its process read last)");
  const session = (await resolveSession(db.manager, token, Date.now()))!;
  // Two slots on the same instrument (the bench's slots go round the booking instruments).
  const slots = freeSlots(fixtures, 200);
  const first = slots.next().value!;
  let second = slots.next().value!;
  while (second.instrumentId !== first.instrumentId) second = slots.next().value!;
  const booked: number[] = [];
  for (const [label, slot] of [
    ["first of the process: reads the instrument", first],
    ["on the instrument and session the process read last", second],
  ] as const) {
    step(`booking (${label})`);
    const input = { ...slot, purpose: "plan", assistance: { type: "none" } } as never;
    const result = await createReservation(db, { user: session.user, input, now: Date.now(), guard: guardOf(session) });
    if (!result.held) throw new Error("The bench session changed while planning");
    booked.push(result.value.id);
  }
  await db.write((em) => em.query(`DELETE FROM reservation WHERE id IN (${booked.map(Number).join(", ")})`));
  await db.write((em) => em.query(`DELETE FROM auth_session WHERE token_hash = '${hashToken(token)}'`));
}

/** SQLite: EXPLAIN QUERY PLAN; PostgreSQL: a write's plan without running it, else EXPLAIN ANALYZE (of the prepared statement for those the app prepares). */
async function planOf(db: Database, sql: string, params: unknown[]): Promise<string[]> {
  if (db.dialect !== "postgres") return (await db.manager.query(`EXPLAIN QUERY PLAN ${sql}`, params)).map((row: { detail: string }) => row.detail);
  if (writes(sql)) return (await db.manager.query(`EXPLAIN (COSTS OFF) ${sql}`, params)).map((row: { "QUERY PLAN": string }) => row["QUERY PLAN"]);
  if (ranPrepared(sql)) return preparedPlan(db, sql, params);
  return (await db.manager.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params)).map((row: { "QUERY PLAN": string }) => row["QUERY PLAN"]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
