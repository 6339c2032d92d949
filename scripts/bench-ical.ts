/**
 * Benchmark: how fast the real server answers a calendar feed with 2,000 events.
 * Seeds a temporary SQLite database, starts server/main.ts on it (a separate process, real HTTP), fetches
 * each feed N times — unchanged (200 and 304) and right after a change (rendered afresh) — and prints p50/p99/mean. Usage: npm run bench:ical [-- --port 4317 --runs 200 --events 2000]
 */
import "reflect-metadata";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CalendarFeed, Reservation } from "../server/platform/db/entities";
import { createDataSource } from "../server/platform/db/data-source";
import { Database } from "../server/platform/db/database";
import { feedToken, hashFeedToken, newFeedSalt } from "../server/calendar-feeds/feed-tokens";
import { EVERY_DAY_9_17, Factories } from "../test/helpers/factories";
import type { CalendarFeedKind } from "../shared/enums";

const { values } = parseArgs({ options: { port: { type: "string", default: "4317" }, runs: { type: "string", default: "200" }, events: { type: "string", default: "2000" } } });
const PORT = Number(values.port);
const RUNS = Number(values.runs);
const EVENTS = Number(values.events);
const SECRET = "bench-feed-secret-0123456789abcdefghijklmnop";
const HOUR = 3_600_000;

async function seed(file: string): Promise<{ db: Database; urls: Record<string, string> }> {
  const dataSource = createDataSource(`sqlite:${file}`);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const db = new Database(dataSource);
  const make = new Factories(db);
  const institution = await make.institution();
  const instrument = await make.instrument(institution, { openingHours: EVERY_DAY_9_17, building: "Building 3", room: "Room 201" });
  const { user: staff, member } = await make.staff(institution, [instrument]);
  const admin = await make.user({ role: "institution_admin", institutionId: institution.id });
  const member1 = await make.companyMember(await make.company({ name: "Bench Company KK" }));

  // 2,000 one-hour reservations from 60 days ago onwards, every fifth cancelled, every seventh pending, all staffed.
  const start = Date.now() - 60 * 24 * HOUR;
  const rows = Array.from({ length: EVENTS }, (_, i) => ({
    instrumentId: instrument.id, institutionId: institution.id, companyId: member1.companyId!, userId: member1.id,
    startsAt: new Date(start + i * 3 * HOUR), endsAt: new Date(start + i * 3 * HOUR + HOUR),
    status: i % 5 === 0 ? ("cancelled" as const) : i % 7 === 0 ? ("pending" as const) : ("confirmed" as const),
    cancelledAt: i % 5 === 0 ? new Date() : null, revision: i % 5 === 0 ? 2 : 1,
    purpose: `Measurement series ${i}: fracture surfaces of sintered parts`, sampleDescription: "Steel coupons, 10 mm",
    assistanceType: "operation" as const, assistanceStatus: "assigned" as const, assignedStaffId: member.id,
  }));
  await db.write(async (em) => {
    for (let i = 0; i < rows.length; i += 200) await em.getRepository(Reservation).insert(rows.slice(i, i + 200));
  });

  const urls: Record<string, string> = {};
  const feeds: Array<[CalendarFeedKind, number, number | null]> = [["institution", admin.id, null], ["company", member1.id, null], ["staff", staff.id, null], ["instrument", admin.id, instrument.id]];
  for (const [kind, ownerUserId, instrumentId] of feeds) {
    const salt = newFeedSalt();
    const token = feedToken(SECRET, salt);
    await db.write((em) => em.getRepository(CalendarFeed).insert({ ownerUserId, kind, label: `Bench ${kind}`, instrumentId, institutionId: kind === "company" || kind === "staff" ? null : institution.id, tokenHash: hashFeedToken(token), tokenSalt: salt }));
    urls[kind] = `http://127.0.0.1:${PORT}/ical/${token}.ics`;
  }
  return { db, urls };
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not start");
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { p50: pick(0.5), p99: pick(0.99), mean, max: sorted[sorted.length - 1] };
}

async function measure(url: string, headers: Record<string, string> = {}, before?: (i: number) => Promise<unknown>): Promise<{ samples: number[]; status: number; bytes: number; events: number; etag: string }> {
  const once = async () => {
    const began = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.text();
    return { ms: performance.now() - began, status: res.status, body, etag: res.headers.get("etag") ?? "" };
  };
  for (let i = 0; i < 20; i++) await once();
  const samples: number[] = [];
  let last = await once();
  for (let i = 0; i < RUNS; i++) {
    await before?.(i);
    last = await once();
    samples.push(last.ms);
  }
  return { samples, status: last.status, bytes: Buffer.byteLength(last.body), events: (last.body.match(/BEGIN:VEVENT/g) ?? []).length, etag: last.etag };
}

async function main(): Promise<void> {
  if (PORT < 4300 || PORT > 4399) throw new Error("use a port in 4300–4399");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ical-"));
  const file = path.join(dir, "bench.sqlite");
  const { db, urls } = await seed(file);
  const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, DATABASE_URL: `sqlite:${file}`, PORT: String(PORT), HOST: "127.0.0.1", SEED_DEMO: "false", LOG_LEVEL: "warn", FEED_SECRET: SECRET, NODE_ENV: "development" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForServer();
    console.log(`feed benchmark: ${EVENTS} reservations seeded, ${RUNS} sequential fetches per feed after 20 warm-up, server pid ${server.pid} on port ${PORT}`);
    console.log(`node ${process.version}, ${os.cpus().length} cpus (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${new Date().toISOString()}`);
    for (const [kind, url] of Object.entries(urls)) {
      // Uncompressed, as in earlier runs; calendar apps ask for gzip, measured last (render + compression).
      const plain = { "Accept-Encoding": "identity" };
      const full = await measure(url, plain);
      const s = stats(full.samples);
      const conditional = stats((await measure(url, { ...plain, "If-None-Match": full.etag })).samples);
      // A reservation changes before every fetch: the feed is read and rendered afresh each time.
      const change = (i: number) => db.write((em) => em.getRepository(Reservation).increment({ id: 2 + (i % (EVENTS - 1)) }, "revision", 1));
      const changed = stats((await measure(url, plain, change)).samples);
      const changedGzip = stats((await measure(url, { "Accept-Encoding": "gzip" }, change)).samples);
      const line = (label: string, x: ReturnType<typeof stats>) => `${label} p50 ${x.p50.toFixed(1)}  p99 ${x.p99.toFixed(1)}  mean ${x.mean.toFixed(1)}  max ${x.max.toFixed(1)} ms`;
      console.log(`${kind.padEnd(11)} ${full.status} ${String(full.events).padStart(5)} events ${(full.bytes / 1024).toFixed(0).padStart(5)} KiB`);
      console.log(`  ${line("unchanged 200:", s)}\n  ${line("unchanged 304:", conditional)}\n  ${line("after a change:", changed)}\n  ${line("after a change, gzip:", changedGzip)}`);
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
