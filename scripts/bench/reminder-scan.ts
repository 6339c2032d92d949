import "reflect-metadata";
import { DateTime } from "luxon";
import { writeDueReminders } from "../../server/notifications/reminders";
import { NotificationSetting, Reservation, type Instrument, type User } from "../../server/platform/db/entities";
import { chunks } from "../../server/platform/db/in-chunks";
import { createTestApp } from "../../test/helpers/test-app";

/**
 * `npx tsx scripts/bench/reminder-scan.ts`: the scheduler's minutely reminder scan over SESSIONS (20,000) confirmed
 * sessions in the next week (the horizon it reads), on INSTRUMENTS (200) instruments and COMPANIES (100) companies of
 * three members (one follows colleagues' bookings). Prints the first scan (writes what is due) and the steady state
 * (the same minute again: everything due is written already), each in a write transaction as the scheduler runs it.
 * SQLite in memory by default; TEST_DATABASE_URL=postgres://… for PostgreSQL.
 */
const SESSIONS = Number(process.env.SESSIONS ?? 20_000);
const INSTRUMENTS = Number(process.env.INSTRUMENTS ?? 200);
const COMPANIES = Number(process.env.COMPANIES ?? 100);
const RUNS = Number(process.env.RUNS ?? 5);

async function main(): Promise<void> {
  const now = DateTime.fromISO("2027-06-01T00:00:00Z");
  const t = await createTestApp({ now: now.toISO()! });
  try {
    const institution = await t.make.institution();
    const instruments: Instrument[] = [];
    for (let i = 0; i < INSTRUMENTS; i++) instruments.push(await t.make.instrument(institution));
    const members: User[][] = [];
    for (let c = 0; c < COMPANIES; c++) {
      const company = await t.make.company();
      const trio = [await t.make.companyMember(company), await t.make.companyMember(company), await t.make.companyMember(company)];
      members.push(trio);
      await t.db.write((em) => em.getRepository(NotificationSetting).insert({ userId: trio[2].id, colleagueBookings: true }));
    }
    const perInstrument = Math.ceil(SESSIONS / INSTRUMENTS);
    await t.db.write(async (em) => {
      const rows = [];
      for (let i = 0; i < INSTRUMENTS; i++) {
        for (let k = 0; k < perInstrument && rows.length < SESSIONS; k++) {
          const start = now.plus({ minutes: 30 + k * Math.floor((7 * 24 * 60) / perInstrument) });
          const trio = members[(i + k) % COMPANIES];
          rows.push({
            instrumentId: instruments[i].id, institutionId: institution.id, userId: trio[0].id, companyId: trio[0].companyId!, status: "confirmed" as const,
            startsAt: start.toJSDate(), endsAt: start.plus({ minutes: 20 }).toJSDate(), purpose: "Bench", createdAt: now.minus({ days: 30 }).toJSDate(),
          });
        }
      }
      for (const chunk of chunks(rows)) await em.getRepository(Reservation).insert(chunk);
    });
    const scan = async () => {
      const started = process.hrtime.bigint();
      const written = await t.db.write((em) => writeDueReminders(em, now.toMillis(), null));
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, written };
    };
    const first = await scan();
    console.log(`${SESSIONS} sessions, ${INSTRUMENTS} instruments, ${COMPANIES} companies × 3 members`);
    console.log(`first scan: ${first.ms.toFixed(0)} ms, ${first.written} reminders written`);
    const steady = [];
    for (let i = 0; i < RUNS; i++) steady.push((await scan()).ms);
    steady.sort((a, b) => a - b);
    console.log(`steady scan (nothing new due), ${RUNS} runs: median ${steady[Math.floor(RUNS / 2)].toFixed(0)} ms, max ${steady[RUNS - 1].toFixed(0)} ms`);
  } finally {
    await t.close();
  }
}

void main();
