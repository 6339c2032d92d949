import "reflect-metadata";
import { execSync, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { DateTime } from "luxon";
import { cpuMeter } from "./cpu";
import { BENCH_FEED_SECRET } from "./fixtures";
import { ROOT, ensurePostgresDatabase, openDatabase, postgresReachable, startProcess } from "./targets";
import { HELD_OUT_QUERIES } from "../../test/search/held-out";
import { EVAL_QUERIES } from "../../test/search/queries";

/**
 * `npx tsx scripts/bench/search.ts`: ranked catalogue search at 10,000 instruments (the `seed:large` data set,
 * which must exist: data/bench-large.sqlite, PostgreSQL es_bench_large) on SQLite and PostgreSQL. Starts the real
 * server like `npm run bench`, sends the first search (which builds the index) and then runs two workloads, each
 * at every connection count of BENCH_CONNECTIONS (1,10), printing requests/s, p50, p99 and the server's (+
 * PostgreSQL's) CPU per request:
 * - **distinct queries**: every request a (query, language, filters) never asked before in the process: the 134
 *   evaluation queries of test/search, each in both languages, unfiltered, per institution and with status=active,
 *   in pages of 16 to 25.
 *   No cache of the server can answer these: each one runs the whole ranked search.
 * - **named queries, new page**: the query kinds below in turn, each request a page/pageSize pair never asked before,
 *   so the answer cache (per revision, by filters and page) misses; the same few queries over and over.
 * The notification worker is off: its reminder scan over 1,000,000 reservations, every minute, is not search's
 * cost (BENCH_NOTIFY_WORKER=true keeps it on). Options: BENCH_DURATION (s, 15), BENCH_WARMUP (s, 5),
 * BENCH_CONNECTIONS=1,10, BENCH_ONLY=sqlite-large,postgres-large, BENCH_KINDS=0,1,2, BENCH_WORKLOADS=distinct,named,
 * BENCH_PG_URL, BENCH_CPU_PROF=<dir> (a V8 CPU profile of the server), BENCH_NODE_FLAGS="--trace-gc" (more flags for
 * the server's Node), BENCH_ENTRY=dist/app/server/main.js (the built server as `npm start` runs it, after
 * `npm run build:server`; default: server/main.ts through tsx).
 */
const PORT = Number(process.env.BENCH_PORT ?? 4430);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTION_COUNTS = (process.env.BENCH_CONNECTIONS ?? "1,10").split(",").map(Number);
const PG_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://equipment_share:equipment_share@localhost:5432/es_test";
const ONLY = process.env.BENCH_ONLY?.split(",");
const WORKLOADS = (process.env.BENCH_WORKLOADS ?? "distinct,named").split(",");

/** The local date of next Wednesday in Tokyo: a weekday on which the large set's instruments open. */
const wednesday = DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 1, days: 2 }).toISODate()!;

const ALL_KINDS: Array<{ kind: string; query: Record<string, string> }> = [
  { kind: "Japanese phrase 「コーティングのひび割れ」", query: { q: "コーティングのひび割れ", lang: "ja" } },
  { kind: 'English sentence "which elements are in this powder"', query: { q: "which elements are in this powder", lang: "en" } },
  { kind: 'typo "difractometer"', query: { q: "difractometer", lang: "en" } },
  { kind: `結晶構造 + category + prefecture + freeOn ${wednesday}`, query: { q: "結晶構造", category: "xray_diffraction", prefecture: "Miyagi", freeOn: wednesday, lang: "ja" } },
];
/** BENCH_KINDS=0,1,2: only these kinds (by position), e.g. to keep the free-on-date kind's cost out of the others' latency. */
const KINDS = process.env.BENCH_KINDS ? process.env.BENCH_KINDS.split(",").map((n) => ALL_KINDS[Number(n)]) : ALL_KINDS;

const QUERIES = [...EVAL_QUERIES, ...HELD_OUT_QUERIES].map((query) => query.q);
/** Variants of each query: language × (no institution, institution 1–20) × (no status, status=active) × page size 16–25. */
const VARIANTS = 2 * 21 * 2 * 10;

/** The n-th distinct request: query n mod 134, its variant shifted by the round so that every window mixes variants. */
function distinctPath(n: number): string {
  const round = Math.floor(n / QUERIES.length);
  if (round >= VARIANTS) throw new Error(`more than ${QUERIES.length * VARIANTS} distinct requests: lengthen VARIANTS`);
  const variant = ((n % QUERIES.length) + round) % VARIANTS;
  const params = new URLSearchParams({ q: QUERIES[n % QUERIES.length], lang: variant % 2 ? "en" : "ja" });
  const institution = Math.floor(variant / 2) % 21;
  if (institution > 0) params.set("institutionId", String(institution));
  if (Math.floor(variant / 42) % 2 === 1) params.set("status", "active");
  params.set("pageSize", String(16 + Math.floor(variant / 84)));
  return `/api/instruments?${params}`;
}

interface KindResult {
  kind: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(...CONNECTION_COUNTS) });

/** A GET on a kept-alive connection; sent again once if the server had just closed that idle connection. */
async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    return await getOnce(url);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
    return getOnce(url);
  }
}

function getOnce(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

/** n-th request of a named kind: a page/pageSize pair of its own, so that no two requests share a cached answer. */
function namedPath(kind: number, n: number): string {
  const params = new URLSearchParams({ ...KINDS[kind].query, pageSize: String(11 + (n % 20)), page: String(1 + Math.floor(n / 20)) });
  return `/api/instruments?${params}`;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : NaN;
}

/** A workload: its rows (kinds), and the next request's row and path. */
interface Workload {
  name: string;
  rows: string[];
  next(): { row: number; path: string };
}

function workloads(): Workload[] {
  let distinct = 0;
  let named = 0;
  const counters = KINDS.map(() => 0);
  const all: Workload[] = [
    { name: "distinct", rows: [`distinct queries (${QUERIES.length} × ${VARIANTS} variants, none repeated)`], next: () => ({ row: 0, path: distinctPath(distinct++) }) },
    {
      name: "named",
      rows: KINDS.map(({ kind }) => `${kind}, new page`),
      next: () => {
        const kind = named++ % KINDS.length;
        return { row: kind, path: namedPath(kind, counters[kind]++) };
      },
    },
  ];
  return all.filter((workload) => WORKLOADS.includes(workload.name));
}

/** `connections` loops, each sending the workload's next request, for `seconds`; latencies per row. */
async function drive(url: string, seconds: number, connections: number, workload: Workload): Promise<{ latencies: number[][]; non2xx: number[]; elapsed: number }> {
  const latencies = workload.rows.map(() => [] as number[]);
  const non2xx = workload.rows.map(() => 0);
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const { row, path: requestPath } = workload.next();
        const sent = performance.now();
        const { status } = await get(url + requestPath);
        latencies[row].push(performance.now() - sent);
        if (status < 200 || status > 299) non2xx[row]++;
      }
    }),
  );
  return { latencies, non2xx, elapsed: (performance.now() - started) / 1000 };
}

interface Measured {
  workload: string;
  connections: number;
  results: KindResult[];
  cpu: string;
}

async function measure(url: string, pid: number | undefined, postgres: boolean, workload: Workload, connections: number): Promise<Measured> {
  if (WARMUP > 0) await drive(url, WARMUP, connections, workload);
  const meter = cpuMeter(pid, postgres);
  const { latencies, non2xx, elapsed } = await drive(url, DURATION, connections, workload);
  const cpu = meter.stop(latencies.reduce((sum, l) => sum + l.length, 0));
  const results = workload.rows.map((kind, i) => {
    const sorted = [...latencies[i]].sort((x, y) => x - y);
    return { kind, requests: sorted.length, requestsPerSecond: sorted.length / elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), non2xx: non2xx[i] };
  });
  return { workload: workload.name, connections, results, cpu: cpu.server === null ? "–" : cpu.database === null ? `${cpu.server}` : `${cpu.server} + ${cpu.database}` };
}

async function benchDataset(name: string, url: string): Promise<{ first: number; runs: Measured[] }> {
  const db = await openDatabase(url); // brings the schema to this branch's migrations
  await db.close();
  const app = await startProcess(process.env.BENCH_ENTRY ?? "server/main.ts", PORT, { DATABASE_URL: url, SEARCH_WARM: "false", FEED_SECRET: BENCH_FEED_SECRET, NOTIFY_WORKER: process.env.BENCH_NOTIFY_WORKER ?? "false" }, "/api/ready");
  try {
    const startedFirst = performance.now();
    await get(`${app.url}/api/instruments?q=${encodeURIComponent("bench first search")}`);
    const first = performance.now() - startedFirst;
    const runs: Measured[] = [];
    for (const workload of workloads()) {
      for (const connections of CONNECTION_COUNTS) runs.push(await measure(app.url, app.pid, name.startsWith("postgres"), workload, connections));
    }
    return { first, runs };
  } finally {
    await app.stop();
  }
}

function table(name: string, r: Awaited<ReturnType<typeof benchDataset>>): string {
  const cpuOf = name.startsWith("postgres") ? "server + PostgreSQL CPU µs/request" : "server CPU µs/request";
  return [
    `${name}: first search (builds the index) ${(r.first / 1000).toFixed(1)} s`,
    `| ${name} | connections | requests | req/s | p50 ms | p99 ms | non-2xx | ${cpuOf} |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...r.runs.flatMap((run) =>
      run.results.map((k, i) => `| ${k.kind} | ${run.connections} | ${k.requests} | ${k.requestsPerSecond.toFixed(0)} | ${k.p50} | ${k.p99} | ${k.non2xx} | ${i === 0 ? run.cpu : "″"} |`),
    ),
  ].join("\n");
}

/** Entities take their column types from DATABASE_URL when first loaded: each dataset runs in a child process. */
function inChild(name: string, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", __filename], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, BENCH_DATASET: name }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (${code})`))));
  });
}

async function main(): Promise<void> {
  const sh = (command: string) => execSync(command).toString().trim();
  console.log(`${new Date().toISOString()} · nproc ${sh("nproc")} · ${sh("lscpu | grep 'Model name' | sed 's/ *Model name: *//'")} · node ${process.version} · load ${sh("cat /proc/loadavg").split(" ").slice(0, 3).join(" ")}`);
  const datasets = [
    { name: "sqlite-large", url: async () => `sqlite:${path.join("data", "bench-large.sqlite")}` },
    { name: "postgres-large", url: () => ensurePostgresDatabase(PG_URL, "es_bench_large", false) },
  ];
  const pg = await postgresReachable(PG_URL);
  for (const dataset of datasets) {
    if (ONLY && !ONLY.includes(dataset.name)) continue;
    if (dataset.name.startsWith("postgres") && !pg) {
      console.log("PostgreSQL not reachable: skipped");
      continue;
    }
    await inChild(dataset.name, await dataset.url());
  }
  console.log(`done · load ${sh("cat /proc/loadavg").split(" ").slice(0, 3).join(" ")}`);
}

async function child(name: string): Promise<void> {
  console.log(table(name, await benchDataset(name, process.env.DATABASE_URL!)));
  agent.destroy();
}

(process.env.BENCH_DATASET ? child(process.env.BENCH_DATASET) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
