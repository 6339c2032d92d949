/**
 * Catalogue speed with 10,000 instruments: prints the median and p95 time of catalogue requests (first page,
 * a deep page, keyword search, "free on this date") through the real app on a fresh SQLite database.
 * Run: npx tsx scripts/bench-catalogue.ts   (INSTRUMENTS=n to change the size)
 */
import "reflect-metadata";
import os from "node:os";
import { DateTime } from "luxon";
import pino from "pino";
import request from "supertest";
import { INSTRUMENT_CATEGORIES } from "../shared/enums";
import { createApp } from "../server/app";
import { fixedClock } from "../server/platform/clock";
import { loadConfig } from "../server/platform/config";
import { createDataSource } from "../server/platform/db/data-source";
import { Database } from "../server/platform/db/database";
import { Company, Institution, Instrument, Reservation, User } from "../server/platform/db/entities";
import { buildSearchText } from "../server/catalogue/search-text";

const COUNT = Number(process.env.INSTRUMENTS ?? 10_000);
const NOW = "2027-06-07T00:00:00Z";
const WEEKDAYS = Object.fromEntries((["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ start: "09:00", end: "17:00" }]]));

async function seed(db: Database): Promise<void> {
  await db.write(async (em) => {
    const institutions: Institution[] = [];
    for (let n = 0; n < 40; n++) {
      institutions.push(await em.getRepository(Institution).save(em.getRepository(Institution).create({
        nameJa: `研究機関${n}`, nameEn: `Institute ${n}`, kind: "university", prefecture: n % 2 ? "Miyagi" : "Iwate", timezone: "Asia/Tokyo",
        addressJa: "", addressEn: "", contactEmail: "", contactPhone: "", closedOnNationalHolidays: true,
      })));
    }
    const rows = [];
    for (let n = 0; n < COUNT; n++) {
      const institution = institutions[n % institutions.length];
      const base = {
        institutionId: institution.id, nameJa: `分析装置 ${n}`, nameEn: `Analyser ${n}`, category: INSTRUMENT_CATEGORIES[n % INSTRUMENT_CATEGORIES.length],
        manufacturer: "Maker", model: `M-${n}`, keywords: n % 10 === 0 ? ["crack", "coating"] : ["general"], specs: [], openingHours: WEEKDAYS,
        status: "active" as const, slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 480, leadTimeHours: 24, horizonDays: 90,
        requiresApproval: false, selfUse: true, staffOperated: true, training: true, rateAcademic: 1000, rateCompany: 8000, rateSme: 4000, rateAssistance: 3000,
      };
      rows.push({ ...base, searchText: buildSearchText({ ...base, institution }) });
    }
    for (let i = 0; i < rows.length; i += 500) await em.getRepository(Instrument).insert(rows.slice(i, i + 500));
    // Every third instrument is fully booked on Wednesday.
    const company = await em.getRepository(Company).save(em.getRepository(Company).create({ name: "Bench Co.", customerType: "sme", contactName: "", contactEmail: "", prefecture: "Miyagi" }));
    const user = await em.getRepository(User).save(em.getRepository(User).create({ email: "bench@example.com", passwordHash: "x", displayName: "Bench", role: "company_member", locale: "en", companyId: company.id, institutionId: null, active: true }));
    const start = DateTime.fromISO("2027-06-09T09:00", { zone: "Asia/Tokyo" }).toJSDate();
    const end = DateTime.fromISO("2027-06-09T17:00", { zone: "Asia/Tokyo" }).toJSDate();
    const reservations = [];
    for (let id = 1; id <= COUNT; id += 3) {
      reservations.push({ instrumentId: id, institutionId: institutions[(id - 1) % institutions.length].id, companyId: company.id, userId: user.id, startsAt: start, endsAt: end, status: "confirmed" as const, purpose: "bench" });
    }
    for (let i = 0; i < reservations.length; i += 500) await em.getRepository(Reservation).insert(reservations.slice(i, i + 500));
  });
}

async function main(): Promise<void> {
  const dataSource = createDataSource("sqlite::memory:");
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const db = new Database(dataSource);
  await seed(db);
  const app = createApp({ db, clock: fixedClock(NOW), config: loadConfig({ NODE_ENV: "test", FEED_SECRET: "bench-feed-secret-0123456789abcdefghijkl" }), logger: pino({ level: "silent" }) }, { clientDir: "/nonexistent" });
  const http = request(app);
  const cases: Record<string, string> = {
    "first page": "/api/instruments?page=1&pageSize=20",
    "page 400": "/api/instruments?page=400&pageSize=20",
    "keyword (crack coating)": "/api/instruments?q=crack%20coating",
    "freeOn Wednesday": "/api/instruments?freeOn=2027-06-09",
    "freeOn Wednesday, page 300": "/api/instruments?freeOn=2027-06-09&page=300",
    "freeOn + keyword": "/api/instruments?freeOn=2027-06-09&q=crack",
    "need (結晶構造を調べたい)": `/api/instruments?q=${encodeURIComponent("結晶構造を調べたい")}`,
    "typo (difractometer)": "/api/instruments?q=difractometer",
  };
  console.log(`${COUNT} instruments, ${Math.ceil(COUNT / 3)} reservations; ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}; node ${process.version}`);
  for (const [label, url] of Object.entries(cases)) {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < 15; run++) {
      const started = performance.now();
      const res = await http.get(url);
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      total = res.body.total;
    }
    const first = times[0];
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(28)} total=${String(total).padStart(5)}  median ${times[7].toFixed(1).padStart(7)} ms  p95 ${times[13].toFixed(1).padStart(7)} ms  first ${first.toFixed(1).padStart(7)} ms`);
  }
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
