import "reflect-metadata";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { seedDemoIfEmpty } from "../../server/seed/demo";
import { ensureBenchFixtures } from "./fixtures";
import { ensurePostgresDatabase, openDatabase, startProcess } from "./targets";

/**
 * `npm run bench:round-trips`: what each PostgreSQL round trip of a booking costs on this machine, without the
 * application around it (`round-trips-server.ts` lists the shapes). Runs on the small bench database, books
 * distinct hours from 2030 on one bench instrument and removes them afterwards. Options: BENCH_DURATION (s per
 * shape, 8), BENCH_CONNECTIONS (10), BENCH_ROUNDS (2), BENCH_PG_URL as for `npm run bench`.
 */
const PG_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://equipment_share:equipment_share@localhost:5432/es_test";
const SHAPES = ["bare", "transaction", "one-statement", "one-statement-cached"];
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const FIRST_SLOT = "2030-01-01T00:00:00Z";

async function main(): Promise<void> {
  if (!process.env.BENCH_ROUND_TRIPS_URL) {
    // Entities take their column types from DATABASE_URL when first loaded: measure in a child started with it.
    const url = await ensurePostgresDatabase(PG_URL, "es_bench_small", false);
    const child = spawn(process.execPath, ["--import", "tsx", __filename], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url, BENCH_ROUND_TRIPS_URL: url },
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    process.exit(code ?? 1);
  }
  const url = process.env.BENCH_ROUND_TRIPS_URL;
  const db = await openDatabase(url);
  await seedDemoIfEmpty(db, Date.now());
  const fixtures = await ensureBenchFixtures(db);
  const tokenHash = randomBytes(32).toString("hex");
  const clear = () =>
    db.manager.query(
      `WITH gone AS (DELETE FROM reservation WHERE instrument_id = $1 AND starts_at >= $2 RETURNING id)
       DELETE FROM audit_event WHERE entity_type = 'reservation' AND entity_id IN (SELECT id FROM gone)`,
      [fixtures.bookingInstrumentIds[0], FIRST_SLOT],
    );
  await clear();
  await db.manager.query(`INSERT INTO auth_session (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, 'bench', now() + interval '1 day')`, [tokenHash, fixtures.userId]);

  const rows: Array<{ shape: string; rate: number; p99: number }> = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [n, shape] of SHAPES.entries()) {
        const env = {
          DATABASE_URL: url, SHAPE: shape, TOKEN_HASH: tokenHash, INSTRUMENT_ID: String(fixtures.bookingInstrumentIds[0]),
          INSTITUTION_ID: String(fixtures.institutionId), COMPANY_ID: String(fixtures.companyId), USER_ID: String(fixtures.userId),
          // Each run books its own hours (room for 5,000 bookings a second), so no two runs collide.
          FIRST_SLOT: new Date(Date.parse(FIRST_SLOT) + (round * SHAPES.length + n) * DURATION * 5_000 * 3_600_000).toISOString(),
        };
        const server = await startProcess("scripts/bench/round-trips-server.ts", 4422, env, "/ready");
        const result = await autocannon({ url: `${server.url}/book`, method: "POST", connections: CONNECTIONS, duration: DURATION });
        await server.stop();
        if (result.non2xx || result.errors) throw new Error(`${shape}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        rows.push({ shape, rate: result.requests.average, p99: result.latency.p99 });
        console.log(`${shape}: ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms`);
      }
    }
  } finally {
    await clear();
    await db.manager.query(`DELETE FROM auth_session WHERE token_hash = $1`, [tokenHash]);
    await db.close();
  }
  const bare = rows.filter((r) => r.shape === "bare");
  console.log(`\n| shape | req/s | ÷ bare (same round) | p99 ms |\n|---|---:|---:|---:|`);
  rows.forEach((r, i) => console.log(`| ${r.shape} | ${r.rate.toFixed(0)} | ${(r.rate / bare[Math.floor(i / SHAPES.length)].rate).toFixed(2)} | ${r.p99} |`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
