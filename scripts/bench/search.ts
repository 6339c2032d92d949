import "reflect-metadata";
import { execSync, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { DateTime } from "luxon";
import { cpuMeter } from "./cpu";
import { BENCH_FEED_SECRET } from "./fixtures";
import { ROOT, ensurePostgresDatabase, openDatabase, postgresReachable, startProcess } from "./targets";

/**
 * `npx tsx scripts/bench/search.ts`: ranked catalogue search at 10,000 instruments (the `seed:large` data set,
 * which must exist: data/bench-large.sqlite, PostgreSQL es_bench_large) on SQLite and PostgreSQL. Starts the real
 * server like `npm run bench`, sends the first search (which builds the index) and then drives it with
 * BENCH_CONNECTIONS (10) keep-alive connections, each request the next of the query kinds below in turn, and prints
 * per kind requests/s, p50 and p99, and the server's (+ PostgreSQL's) CPU per request over the run.
 * Every request carries a page/pageSize pair never asked before, so the catalogue answer cache (per revision)
 * never answers: each one runs the ranked search. Options: BENCH_DURATION (s, 15), BENCH_WARMUP (s, 5),
 * BENCH_ONLY=sqlite-large,postgres-large, BENCH_KINDS=0,1,2, BENCH_PG_URL, BENCH_CPU_PROF=<dir> (a V8 CPU profile of the server).
 */
const PORT = Number(process.env.BENCH_PORT ?? 4430);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PG_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://equipment_share:equipment_share@localhost:5432/es_test";
const ONLY = process.env.BENCH_ONLY?.split(",");

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

interface KindResult {
  kind: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  total: number | null;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

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

/** n-th request of a kind: a page/pageSize pair of its own, so that no two requests share a cached answer. */
function pathOf(kind: number, n: number): string {
  const params = new URLSearchParams({ ...KINDS[kind].query, pageSize: String(11 + (n % 20)), page: String(1 + Math.floor(n / 20)) });
  return `/api/instruments?${params}`;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : NaN;
}

/** CONNECTIONS loops, each sending the next kind in turn, for `seconds`; latencies per kind. */
async function drive(url: string, seconds: number, counters: number[]): Promise<{ latencies: number[][]; non2xx: number[]; elapsed: number }> {
  const latencies = KINDS.map(() => [] as number[]);
  const non2xx = KINDS.map(() => 0);
  const started = performance.now();
  const end = started + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const kind = next++ % KINDS.length;
        const sent = performance.now();
        const { status } = await get(url + pathOf(kind, counters[kind]++));
        latencies[kind].push(performance.now() - sent);
        if (status < 200 || status > 299) non2xx[kind]++;
      }
    }),
  );
  return { latencies, non2xx, elapsed: (performance.now() - started) / 1000 };
}

async function benchDataset(name: string, url: string): Promise<{ first: number; results: KindResult[]; cpu: string }> {
  const db = await openDatabase(url); // brings the schema to this branch's migrations
  await db.close();
  const app = await startProcess("server/main.ts", PORT, { DATABASE_URL: url, SEARCH_WARM: "false", FEED_SECRET: BENCH_FEED_SECRET }, "/api/ready");
  try {
    const counters = KINDS.map(() => 0);
    const startedFirst = performance.now();
    await get(app.url + pathOf(0, counters[0]++));
    const first = performance.now() - startedFirst;
    const totals = await Promise.all(KINDS.map(async (_, kind) => (JSON.parse((await get(app.url + pathOf(kind, counters[kind]++))).body) as { total: number }).total));
    if (WARMUP > 0) await drive(app.url, WARMUP, counters);
    const meter = cpuMeter(app.pid, name.startsWith("postgres"));
    const { latencies, non2xx, elapsed } = await drive(app.url, DURATION, counters);
    const requests = latencies.reduce((sum, l) => sum + l.length, 0);
    const cpu = meter.stop(requests);
    const results = KINDS.map(({ kind }, i) => {
      const sorted = [...latencies[i]].sort((a, b) => a - b);
      return { kind, requests: sorted.length, requestsPerSecond: sorted.length / elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), non2xx: non2xx[i], total: totals[i] };
    });
    return { first, results, cpu: cpu.server === null ? "–" : cpu.database === null ? `${cpu.server}` : `${cpu.server} + ${cpu.database}` };
  } finally {
    await app.stop();
  }
}

function table(name: string, r: Awaited<ReturnType<typeof benchDataset>>): string {
  return [
    `${name}: first search (builds the index) ${(r.first / 1000).toFixed(1)} s; server${name.startsWith("postgres") ? " + PostgreSQL" : ""} CPU ${r.cpu} µs per request over the mix`,
    `| ${name}, ${CONNECTIONS} connections | found | requests | req/s | p50 ms | p99 ms | non-2xx |`,
    "|---|---:|---:|---:|---:|---:|---:|",
    ...r.results.map((k) => `| ${k.kind} | ${k.total ?? "–"} | ${k.requests} | ${k.requestsPerSecond.toFixed(0)} | ${k.p50} | ${k.p99} | ${k.non2xx} |`),
    `| all kinds | | ${r.results.reduce((s, k) => s + k.requests, 0)} | ${r.results.reduce((s, k) => s + k.requestsPerSecond, 0).toFixed(0)} | | | |`,
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
