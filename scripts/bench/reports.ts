/**
 * Benchmark of the fiscal-year usage report (the real app over HTTP through supertest), for the whole region and
 * for one institution: p50, p95 and p99 per case. On SQLite in memory, or PostgreSQL with TEST_DATABASE_URL.
 * Run: RESERVATIONS=1000000 INSTITUTIONS=10 INSTRUMENTS=15 RUNS=20 npx tsx scripts/bench/reports.ts
 * (defaults: 20,000 reservations, 20 runs; two-hour slots over two years hold 8,760 bookings per instrument, so a
 * million needs 115 instruments or more). PostgreSQL: TEST_DATABASE_URL=postgres://…/es_bench_reports (a throwaway
 * database is made from it; set DATABASE_URL to the same URL so the entities take PostgreSQL's types). Seeding: one transaction of prepared statements (SQLite), one INSERT … SELECT over
 * generate_series (PostgreSQL). SQLite only: the double-booking triggers (reservation_*_overlap_*) are dropped for the
 * seed and re-created from their own SQL right after it, because each insert probes its instrument's earlier
 * history and a million inserts take quadratic time; the rows are non-overlapping by construction (one two-hour
 * slot per instrument each), so nothing they would refuse is written. The application never runs without them.
 * Each case first runs cold (every stored report bucket emptied and marked stale), then RUNS times warm; one more
 * case changes one reservation by raw SQL before each request (one bucket recomputed).
 * CPU_PROFILE=/some/prefix: the warm runs of each case (not the seed, not the cold run) are profiled in process and
 * written to /some/prefix-<case number>.cpuprofile (open in Chrome DevTools or read with any .cpuprofile tool).
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import os from "node:os";
import type BetterSqlite from "better-sqlite3";
import type { Instrument, User } from "../../server/platform/db/entities";
import { printPlans } from "./reports-plans";
import { EVERY_DAY_9_17 } from "../../test/helpers/factories";
import { createTestApp } from "../../test/helpers/test-app";
import { sqliteInstant } from "../../server/platform/db/dialect";

const INSTITUTIONS = Number(process.env.INSTITUTIONS ?? 4);
const INSTRUMENTS_EACH = Number(process.env.INSTRUMENTS ?? 10);
const RESERVATIONS = Number(process.env.RESERVATIONS ?? 20_000);
const COMPANIES = Number(process.env.COMPANIES ?? 200);
const RUNS = Number(process.env.RUNS ?? 20);
const HOUR = 3_600_000;
/** Two fiscal years of history ending at the benchmark's clock. */
const FIRST = Date.parse("2025-04-01T00:00:00Z");
const LAST = Date.parse("2027-03-31T00:00:00Z");
const STATUSES = ["completed", "completed", "completed", "completed", "cancelled", "no_show", "confirmed"] as const;

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

async function main() {
  const t = await createTestApp({ now: "2027-04-15T00:00:00Z" });
  const { instruments, members, coordinator, admin } = await region(t);
  const started = Date.now();
  if (process.env.TEST_DATABASE_URL) await seedPostgres(t, instruments, members);
  else seedSqlite(t, instruments, members);
  console.log(`Reports benchmark — ${new Date().toISOString()} — ${os.cpus()[0]?.model ?? "?"} ×${os.cpus().length}, Node ${process.version}, ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "SQLite"}`);
  console.log(`Data: ${INSTITUTIONS} institutions, ${instruments.length} instruments, ${COMPANIES} companies, ${RESERVATIONS} reservations (seeded in ${Date.now() - started} ms); ${RUNS} runs each\n`);
  const region2026 = `Bearer ${await t.login(coordinator.email)}`;
  const own = `Bearer ${await t.login(admin.email)}`;
  const cases: Array<[string, string, string]> = [
    ["region, 2026年度 by month", "/api/reports/usage?fiscalYear=2026&groupBy=month", region2026],
    ["region, 2026年度 by instrument", "/api/reports/usage?fiscalYear=2026&groupBy=instrument", region2026],
    ["one institution, 2026年度 by month", "/api/reports/usage?fiscalYear=2026&groupBy=month", own],
    ["one institution, 2026年度 by instrument", "/api/reports/usage?fiscalYear=2026&groupBy=instrument", own],
    ["programme table 2026年度", "/api/reports/programme?fiscalYear=2026", region2026],
  ];
  console.log("case".padEnd(40), "cold ms".padStart(9), "p50 ms".padStart(8), "p95 ms".padStart(8), "p99 ms".padStart(8));
  for (const [index, [label, path, authorization]] of cases.entries()) {
    await t.db.dataSource.query("DELETE FROM report_bucket_row");
    await t.db.dataSource.query("UPDATE report_bucket SET fresh_version = NULL");
    const cold = await timed(t, label, path, authorization);
    const times: number[] = [];
    const stop = await profiling();
    for (let run = 0; run < RUNS; run++) times.push(await timed(t, label, path, authorization));
    await stop(index + 1);
    report(label, cold, times);
  }
  const [label, path, authorization] = cases[0];
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await t.db.dataSource.query(`UPDATE reservation SET staff_minutes = ${run} WHERE id = (SELECT MIN(id) + ${run * 997} FROM reservation)`);
    times.push(await timed(t, label, path, authorization));
  }
  report(`${label}, after a raw-SQL change`, null, times);
  await printPlans(t, instruments[0].institutionId);
  await t.close();
}

/** With CPU_PROFILE set, starts the V8 profiler; the returned function stops it and writes the profile. */
async function profiling(): Promise<(index: number) => Promise<void>> {
  const prefix = process.env.CPU_PROFILE;
  if (!prefix) return async () => {};
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return async (index) => {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(`${prefix}-${index}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  };
}

async function timed(t: TestApp, label: string, path: string, authorization: string): Promise<number> {
  const start = performance.now();
  const res = await t.http.get(path).set({ authorization });
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`${label}: ${res.status} ${JSON.stringify(res.body)}`);
  return ms;
}

function report(label: string, cold: number | null, times: number[]): void {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(1).padStart(8);
  console.log(label.padEnd(40), (cold === null ? "—" : cold.toFixed(1)).padStart(9), at(0.5), at(0.95), at(0.99));
}

async function region(t: TestApp) {
  const instruments: Instrument[] = [];
  let admin: User | null = null;
  for (let i = 0; i < INSTITUTIONS; i++) {
    const institution = await t.make.institution({ timezone: i % 2 ? "Asia/Kolkata" : "Asia/Tokyo" });
    admin ??= await t.make.admin(institution);
    for (let n = 0; n < INSTRUMENTS_EACH; n++) instruments.push(await t.make.instrument(institution, { openingHours: EVERY_DAY_9_17 }));
  }
  const members: User[] = [];
  for (let c = 0; c < COMPANIES; c++) {
    members.push(await t.make.companyMember(await t.make.company({ customerType: c % 3 ? "sme" : "company", prefecture: c % 4 ? "Miyagi" : "Tokyo" })));
  }
  return { instruments, members, admin: admin!, coordinator: await t.make.coordinator() };
}

const SQLITE_COLUMNS = "instrument_id, institution_id, company_id, user_id, starts_at, ends_at, status, purpose, assistance_type, assistance_status, actual_start_at, actual_end_at, staff_minutes";

/** Reservation i, spread over two fiscal years and every instrument, never overlapping on one instrument. */
function row(instruments: Instrument[], members: User[], i: number): unknown[] {
  const slots = Math.floor((LAST - FIRST) / HOUR / 2);
  const instrument = instruments[i % instruments.length];
  const start = FIRST + (Math.floor(i / instruments.length) % slots) * 2 * HOUR;
  const member = members[i % members.length];
  const status = STATUSES[i % STATUSES.length];
  const done = status === "completed";
  return [
    instrument.id, instrument.institutionId, member.companyId, member.id, sqliteInstant(start), sqliteInstant(start + 2 * HOUR), status, "bench",
    i % 3 ? "none" : "operation", i % 3 ? "not_requested" : "accepted",
    done ? sqliteInstant(start) : null, done ? sqliteInstant(start + 2 * HOUR) : null, done && i % 3 === 0 ? 120 : null,
  ];
}

function seedSqlite(t: TestApp, instruments: Instrument[], members: User[]): void {
  const sqlite = (t.db.dataSource.driver as unknown as { databaseConnection: BetterSqlite.Database }).databaseConnection;
  const guards = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'reservation_%_overlap_%'`).all() as Array<{ name: string; sql: string }>;
  for (const guard of guards) sqlite.exec(`DROP TRIGGER "${guard.name}"`);
  const insert = sqlite.prepare(`INSERT INTO reservation (${SQLITE_COLUMNS}) VALUES (${SQLITE_COLUMNS.split(",").map(() => "?").join(", ")})`);
  sqlite.transaction(() => {
    for (let i = 0; i < RESERVATIONS; i++) insert.run(...row(instruments, members, i));
  })();
  for (const guard of guards) sqlite.exec(guard.sql);
  console.log(`(seed: ${guards.map((g) => g.name).join(", ")} dropped for the seed and re-created)`);
  sqlite.exec("ANALYZE");
}

/** The same rows as `row`, computed by PostgreSQL. */
async function seedPostgres(t: TestApp, instruments: Instrument[], members: User[]): Promise<void> {
  const slots = Math.floor((LAST - FIRST) / HOUR / 2);
  const runner = t.db.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  // The app's pool caps statements at a few seconds; seeding a million rows takes longer.
  await runner.query("SET LOCAL statement_timeout = 0");
  await runner.query(
    `INSERT INTO reservation (${SQLITE_COLUMNS})
     SELECT ins[g % n + 1], inst[g % n + 1], com[g % m + 1], usr[g % m + 1], s, s + interval '2 hours', st, 'bench',
            CASE WHEN g % 3 = 0 THEN 'operation' ELSE 'none' END, CASE WHEN g % 3 = 0 THEN 'accepted' ELSE 'not_requested' END,
            CASE WHEN st = 'completed' THEN s END, CASE WHEN st = 'completed' THEN s + interval '2 hours' END,
            CASE WHEN st = 'completed' AND g % 3 = 0 THEN 120 END
     FROM (SELECT g, to_timestamp($1::double precision / 1000) + ((g / $2::int) % $3::int) * interval '2 hours' AS s,
                  ($4::text[])[g % 7 + 1] AS st, $5::int[] AS ins, $6::int[] AS inst, $7::int[] AS com, $8::int[] AS usr, $2::int AS n, $9::int AS m
           FROM generate_series(0, $10::int - 1) AS g) AS x`,
    [FIRST, instruments.length, slots, [...STATUSES], instruments.map((i) => i.id), instruments.map((i) => i.institutionId),
      members.map((m) => m.companyId), members.map((m) => m.id), members.length, RESERVATIONS],
  );
  await runner.commitTransaction();
  await runner.release();
  await t.db.dataSource.query("ANALYZE reservation");
}

void main();
