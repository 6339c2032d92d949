import "reflect-metadata";
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { User } from "../../server/platform/db/entities";
import { seedDemoIfEmpty } from "../../server/seed/demo";
import { BENCH_EMAIL, BENCH_FEED_SECRET, BENCH_PASSWORD, ensureBenchFeedToken, ensureBenchFixtures, resetBenchReservations } from "./fixtures";
import { measureApp, measureBare, type Measurement } from "./scenarios";
import { ROOT, ensurePostgresDatabase, openDatabase, postgresReachable, removeSqlite, runNpmScript, startProcess } from "./targets";

/**
 * `npm run bench`: for SQLite and PostgreSQL, small (demo) and large (seed:large) data, starts the real server
 * and a bare reference (plain Express + the same driver) on ports 4420/4421, drives both with autocannon and
 * prints requests/s, p50/p99 latency and the app/bare ratio, and the CPU each request cost the server and
 * PostgreSQL (`./cpu`: steadier than requests/s on a shared machine). Options: BENCH_DURATION (s per scenario, 10),
 * BENCH_WARMUP (s of the same load before each measurement, not counted, 3),
 * BENCH_CONNECTIONS (10), BENCH_PG_URL (an existing database to create the bench databases from; default: the
 * local CI cluster), BENCH_ONLY=sqlite-small,postgres-large…, FEED_SECRET (a fixed bench secret by default).
 */
const APP_PORT = 4420;
const BARE_PORT = 4421;
const PG_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://equipment_share:equipment_share@localhost:5432/es_test";
const ONLY = process.env.BENCH_ONLY?.split(",");

interface Dataset {
  name: string;
  /** Creates (or locates) the database; runs in the parent, which never loads the entities. */
  url: () => Promise<string>;
  size: "small" | "large";
}

const DATASETS: Dataset[] = [
  { name: "sqlite-small", size: "small", url: async () => (removeSqlite("data/bench-small.sqlite"), "sqlite:data/bench-small.sqlite") },
  { name: "sqlite-large", size: "large", url: async () => "sqlite:data/bench-large.sqlite" },
  { name: "postgres-small", size: "small", url: () => ensurePostgresDatabase(PG_URL, "es_bench_small", true) },
  { name: "postgres-large", size: "large", url: () => ensurePostgresDatabase(PG_URL, "es_bench_large", false) },
];

async function prepare(dataset: Dataset, url: string) {
  let db = await openDatabase(url);
  const empty = (await db.manager.getRepository(User).count()) === 0;
  if (dataset.size === "small") await seedDemoIfEmpty(db, Date.now());
  if (dataset.size === "large" && empty) {
    console.log(`${dataset.name}: empty, running seed:large first (a few minutes)`);
    await db.close();
    await runNpmScript("seed:large", { DATABASE_URL: url });
    db = await openDatabase(url);
  }
  const fixtures = await ensureBenchFixtures(db);
  await resetBenchReservations(db, fixtures);
  const icalPath = `/ical/${await ensureBenchFeedToken(db, fixtures)}.ics`;
  const [{ id }] = await db.manager.query(
    `SELECT i.id AS id FROM instrument i JOIN staff_instrument s ON s.instrument_id = i.id WHERE i.status = 'active' ORDER BY i.id LIMIT 1`,
  );
  return { db, fixtures, icalPath, availabilityInstrumentId: Number(id) };
}

async function benchDataset(dataset: Dataset, url: string): Promise<Measurement[]> {
  const { db, fixtures, icalPath, availabilityInstrumentId } = await prepare(dataset, url);
  await db.close();

  const app = await startProcess("server/main.ts", APP_PORT, { DATABASE_URL: url, FEED_SECRET: BENCH_FEED_SECRET }, "/api/ready");
  const login = await fetch(`${app.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }) });
  const { token } = (await login.json()) as { token: string };
  const postgres = dataset.name.startsWith("postgres");
  const appResults = await measureApp({ server: { url: app.url, pid: app.pid, postgres }, token, fixtures, availabilityInstrumentId, icalPath, slotOffset: 0 });
  await app.stop();

  const bare = await startProcess("scripts/bench/bare-server.ts", BARE_PORT, { DATABASE_URL: url }, "/catalogue?q=");
  const bareResults = await measureBare({ url: bare.url, pid: bare.pid, postgres }, { fixtures, availabilityInstrumentId, slotOffset: 150 });
  await bare.stop();
  const cleanup = await openDatabase(url);
  await resetBenchReservations(cleanup, fixtures);
  await cleanup.close();
  return [...appResults, ...bareResults];
}

/** Server + database CPU per request in µs ("812 + 540"), and their sum; "–" where /proc does not show it. */
function cpuCell(m: Measurement | undefined): { text: string; total: number | null } {
  if (!m?.cpu || m.cpu.server === null) return { text: "–", total: null };
  const { server, database } = m.cpu;
  return database === null ? { text: `${server}`, total: server } : { text: `${server} + ${database}`, total: server + database };
}

function table(dataset: string, results: Measurement[]): string {
  const lines = [
    `| ${dataset} | app req/s | p50 ms | p99 ms | non-2xx | bare req/s | bare p50 | bare p99 | app/bare | app CPU µs/req | bare CPU µs/req | bare/app CPU |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const app of results.filter((r) => r.target === "app")) {
    const bare = results.find((r) => r.target === "bare" && r.scenario === app.scenario);
    const ratio = bare ? (app.requestsPerSecond / bare.requestsPerSecond).toFixed(2) : "–";
    const [appCpu, bareCpu] = [cpuCell(app), cpuCell(bare)];
    const cpuRatio = appCpu.total && bareCpu.total ? (bareCpu.total / appCpu.total).toFixed(2) : "–";
    lines.push(
      `| ${app.scenario} | ${app.requestsPerSecond.toFixed(0)} | ${app.p50} | ${app.p99} | ${app.non2xx + app.errors} | ${bare?.requestsPerSecond.toFixed(0) ?? "–"} | ${bare?.p50 ?? "–"} | ${bare?.p99 ?? "–"} | ${ratio} | ${appCpu.text} | ${bareCpu.text} | ${cpuRatio} |`,
    );
  }
  return lines.join("\n");
}

/**
 * Entities take their column types from DATABASE_URL when first loaded, so each dataset is prepared and measured
 * in a child process started with that dataset's DATABASE_URL.
 */
async function inChild(dataset: Dataset): Promise<Measurement[]> {
  const url = await dataset.url();
  const out = path.join(ROOT, "data", `bench-${dataset.name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", __filename], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, BENCH_DATASET: dataset.name, BENCH_OUT: out },
      stdio: "inherit",
    });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${dataset.name} failed (${code})`))));
  });
  return JSON.parse(fs.readFileSync(out, "utf8")) as Measurement[];
}

async function child(name: string): Promise<void> {
  const dataset = DATASETS.find((d) => d.name === name)!;
  const results = await benchDataset(dataset, process.env.DATABASE_URL!);
  fs.writeFileSync(process.env.BENCH_OUT!, JSON.stringify(results));
}

async function main(): Promise<void> {
  const machine = `${new Date().toISOString()} · nproc ${execSync("nproc").toString().trim()} · ${execSync("free -g | awk '/Mem:/ {print $2\" GB RAM\"}'").toString().trim()} · node ${process.version} · load ${execSync("cat /proc/loadavg").toString().split(" ").slice(0, 3).join(" ")}`;
  console.log(machine);
  const pgAvailable = await postgresReachable(PG_URL);
  if (!pgAvailable) console.log(`PostgreSQL not reachable at ${PG_URL.replace(/:[^:@/]*@/, ":***@")}: PostgreSQL runs skipped`);
  const report: Record<string, Measurement[]> = {};
  for (const dataset of DATASETS) {
    if (ONLY && !ONLY.includes(dataset.name)) continue;
    if (dataset.name.startsWith("postgres") && !pgAvailable) continue;
    console.log(`\n== ${dataset.name}`);
    report[dataset.name] = await inChild(dataset);
    console.log(table(dataset.name, report[dataset.name]));
  }
  const out = path.join(ROOT, "data", `bench-${new Date().toISOString().slice(0, 19).replace(/:/g, "")}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ machine, report }, null, 2));
  console.log(`\n${machine}\n`);
  for (const [name, results] of Object.entries(report)) console.log(table(name, results) + "\n");
  console.log(`raw results: ${path.relative(ROOT, out)}`);
}

(process.env.BENCH_DATASET ? child(process.env.BENCH_DATASET) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
