/**
 * Benchmark of the fiscal-year usage report (the real app over HTTP through supertest), for the whole region and
 * for one institution: p50, p95 and p99 per case. On SQLite in memory, or PostgreSQL with TEST_DATABASE_URL.
 * Run: RESERVATIONS=1000000 RUNS=100 npx tsx scripts/bench/reports.ts  (defaults: 20,000 reservations, 20 runs)
 */
import os from "node:os";
import { Reservation, type Instrument, type User } from "../../server/platform/db/entities";
import { EVERY_DAY_9_17 } from "../../test/helpers/factories";
import { createTestApp } from "../../test/helpers/test-app";

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

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

async function main() {
  const t = await createTestApp({ now: "2027-04-15T00:00:00Z" });
  const { instruments, members, coordinator, admin } = await region(t);
  const started = Date.now();
  await t.db.write(async (em) => {
    for (let i = 0; i < RESERVATIONS; i += 200) await em.getRepository(Reservation).insert(rows(instruments, members, i, Math.min(RESERVATIONS, i + 200)));
  });
  console.log(`Reports benchmark — ${new Date().toISOString()} — ${os.cpus()[0]?.model ?? "?"} ×${os.cpus().length}, Node ${process.version}, ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "SQLite"}`);
  console.log(`Data: ${INSTITUTIONS} institutions, ${instruments.length} instruments, ${COMPANIES} companies, ${RESERVATIONS} reservations (seeded in ${Date.now() - started} ms); ${RUNS} runs each\n`);
  const region2026 = `Bearer ${await t.login(coordinator.email)}`;
  const own = `Bearer ${await t.login(admin.email)}`;
  const cases: Array<[string, string, string]> = [
    ["region, 2026年度 by month", "/api/reports/usage?fiscalYear=2026&groupBy=month", region2026],
    ["region, 2026年度 by instrument", "/api/reports/usage?fiscalYear=2026&groupBy=instrument", region2026],
    ["one institution, 2026年度 by month", "/api/reports/usage?fiscalYear=2026&groupBy=month", own],
    ["programme table 2026年度", "/api/reports/programme?fiscalYear=2026", region2026],
  ];
  console.log("case".padEnd(40), "p50 ms".padStart(8), "p95 ms".padStart(8), "p99 ms".padStart(8));
  for (const [label, path, authorization] of cases) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const res = await t.http.get(path).set({ authorization });
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`${label}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(1).padStart(8);
    console.log(label.padEnd(40), at(0.5), at(0.95), at(0.99));
  }
  await t.close();
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

/** Reservations i..end, spread over two fiscal years and every instrument, never overlapping on one instrument. */
function rows(instruments: Instrument[], members: User[], from: number, end: number): Partial<Reservation>[] {
  const slots = Math.floor((LAST - FIRST) / HOUR / 2);
  const list: Partial<Reservation>[] = [];
  for (let i = from; i < end; i++) {
    const instrument = instruments[i % instruments.length];
    const start = FIRST + (Math.floor(i / instruments.length) % slots) * 2 * HOUR;
    const member = members[i % members.length];
    const status = STATUSES[i % STATUSES.length];
    list.push({
      instrumentId: instrument.id, institutionId: instrument.institutionId, companyId: member.companyId!, userId: member.id,
      startsAt: new Date(start), endsAt: new Date(start + 2 * HOUR), status, purpose: "bench",
      assistanceType: i % 3 ? "none" : "operation", assistanceStatus: i % 3 ? "not_requested" : "accepted",
      actualStartAt: status === "completed" ? new Date(start) : null, actualEndAt: status === "completed" ? new Date(start + 2 * HOUR) : null,
      staffMinutes: status === "completed" && i % 3 === 0 ? 120 : null,
    });
  }
  return list;
}

void main();
