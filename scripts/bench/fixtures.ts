import { DateTime } from "luxon";
import { In } from "typeorm";
import { CalendarFeed, Company, Institution, Instrument, Qualification, Reservation, TermsAcceptance, TermsVersion, User } from "../../server/platform/db/entities";
import type { Database } from "../../server/platform/db/database";
import { feedToken } from "../../server/calendar-feeds/feed-tokens";
import { hashPassword } from "../../server/accounts/passwords";
import { buildSearchText } from "../../server/catalogue/search-text";
import { createFeed } from "../../server/calendar-feeds/calendar-feed.service";
import type { WeeklyHours } from "../../shared/time/weekly-hours";
import { bulkInsert } from "../bulk-insert";

export const BENCH_EMAIL = "bench@bench.example";
export const BENCH_PASSWORD = "bench-password";
export const BOOKING_INSTRUMENTS = 20;
export const ICAL_EVENTS = 2_000;
/** The server's FEED_SECRET during a benchmark: feed addresses are derived from it (32+ characters). */
export const BENCH_FEED_SECRET = process.env.FEED_SECRET ?? "bench-feed-secret-not-for-production-use";
const EVERY_DAY_8_20: WeeklyHours = Object.fromEntries((["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).map((d) => [d, [{ start: "08:00", end: "20:00" }]]));

export interface BenchFixtures {
  /** Instruments open every day 08–20, no lead time, on which the bench user may book without staff. */
  bookingInstrumentIds: number[];
  /** The instrument whose calendar holds the bench company's 2,000 events for the iCal feed. */
  icalInstrumentId: number;
  companyId: number;
  userId: number;
  institutionId: number;
}

/** Adds (once) what the benchmark books on and logs in with, beside whatever data set the database holds. */
export async function ensureBenchFixtures(db: Database): Promise<BenchFixtures> {
  const fixtures = await ensureBenchData(db);
  await makeBookable(db, fixtures);
  return fixtures;
}

/**
 * The bench company books like a trusted one: verified (else every booking waits as `company_unverified`) and its
 * user has accepted the terms in force (else 422 `terms_not_accepted`).
 */
async function makeBookable(db: Database, fixtures: BenchFixtures): Promise<void> {
  await db.write(async (em) => {
    await em.getRepository(Company).update(fixtures.companyId, { verification: "verified", verifiedAt: new Date() });
    const current = await em.getRepository(TermsVersion).findOne({ where: {}, order: { version: "DESC" } });
    if (current && !(await em.getRepository(TermsAcceptance).findOneBy({ userId: fixtures.userId, version: current.version }))) {
      await em.getRepository(TermsAcceptance).insert({ userId: fixtures.userId, version: current.version });
    }
  });
}

async function ensureBenchData(db: Database): Promise<BenchFixtures> {
  const existing = await db.manager.getRepository(User).findOneBy({ email: BENCH_EMAIL });
  if (existing) {
    const instruments = await db.manager.getRepository(Instrument).find({ where: { institutionId: existing.institutionId ?? -1 }, order: { id: "ASC" } });
    return describe(existing, instruments);
  }
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  return db.write(async (em) => {
    const institution = await em.getRepository(Institution).save(
      em.getRepository(Institution).create({ nameJa: "ベンチ研究所", nameEn: "Bench Institute", kind: "national_institute", prefecture: "Ibaraki", timezone: "Asia/Tokyo", closedOnNationalHolidays: false }),
    );
    const company = await em.getRepository(Company).save(em.getRepository(Company).create({ name: "ベンチ株式会社", customerType: "sme" }));
    // The bench user's institutionId only marks where its fixtures live; company members ignore it.
    const user = await em.getRepository(User).save(
      em.getRepository(User).create({ email: BENCH_EMAIL, passwordHash, displayName: "Bench", role: "company_member", companyId: company.id, institutionId: institution.id }),
    );
    const instruments: Instrument[] = [];
    for (let n = 0; n <= BOOKING_INSTRUMENTS; n++) {
      const fields = { nameJa: `ベンチ装置${n}`, nameEn: `Bench instrument ${n}`, category: "other" as const, manufacturer: "Bench", model: `B-${n}`, keywords: ["bench"] };
      instruments.push(
        await em.getRepository(Instrument).save(
          em.getRepository(Instrument).create({
            ...fields, institutionId: institution.id, specs: [], status: "active", openingHours: EVERY_DAY_8_20, slotMinutes: 60,
            minDurationMinutes: 60, maxDurationMinutes: 240, leadTimeHours: 0, horizonDays: 365, requiresApproval: false, searchText: buildSearchText({ ...fields, institution }),
          }),
        ),
      );
    }
    for (const instrument of instruments) {
      await em.getRepository(Qualification).insert({ userId: user.id, instrumentId: instrument.id, grantedAt: new Date(), note: "bench" });
    }
    return describe(user, instruments);
  });
}

/**
 * The token of the bench company's calendar feed (the 2,000 events of `resetBenchReservations`), created once
 * through the feed service like `POST /api/calendar/feeds` does; the token is derived again from the stored salt.
 */
export async function ensureBenchFeedToken(db: Database, fixtures: BenchFixtures, secret = BENCH_FEED_SECRET): Promise<string> {
  const existing = await db.manager.getRepository(CalendarFeed).findOneBy({ ownerUserId: fixtures.userId, kind: "company" });
  if (existing) return feedToken(secret, existing.tokenSalt);
  const { token } = await db.write(async (em) => {
    const user = await em.getRepository(User).findOneOrFail({ where: { id: fixtures.userId }, relations: { company: true } });
    return createFeed(em, user, { kind: "company", label: "Bench company feed" }, secret);
  });
  return token;
}

function describe(user: User, instruments: Instrument[]): BenchFixtures {
  return {
    bookingInstrumentIds: instruments.slice(1, BOOKING_INSTRUMENTS + 1).map((i) => i.id),
    icalInstrumentId: instruments[0].id,
    companyId: user.companyId!,
    userId: user.id,
    institutionId: user.institutionId!,
  };
}

/**
 * Clears the booking instruments, and gives the bench company exactly 2,000 upcoming events for the feed. On
 * PostgreSQL the table is vacuumed afterwards: every run books and deletes some 20,000 rows, and their dead index
 * entries would otherwise slow the next run's reads (a 2,000-row feed scan read 150,000 of them) until
 * autovacuum gets there.
 */
export async function resetBenchReservations(db: Database, fixtures: BenchFixtures): Promise<void> {
  await db.write((em) => em.getRepository(Reservation).delete({ instrumentId: In([...fixtures.bookingInstrumentIds, fixtures.icalInstrumentId]) }));
  const first = DateTime.now().setZone("Asia/Tokyo").startOf("day").plus({ days: 1 }).set({ hour: 8 });
  await bulkInsert(
    db,
    Reservation,
    Array.from({ length: ICAL_EVENTS }, (_, n) => {
      const startsAt = first.plus({ days: Math.floor(n / 6), hours: 2 * (n % 6) });
      return {
        instrumentId: fixtures.icalInstrumentId, institutionId: fixtures.institutionId, companyId: fixtures.companyId, userId: fixtures.userId,
        startsAt: startsAt.toJSDate(), endsAt: startsAt.plus({ hours: 2 }).toJSDate(), status: "confirmed" as const, purpose: `Feed event ${n + 1}`,
      };
    }),
  );
  if (db.dialect === "postgres") await db.manager.query(`VACUUM (ANALYZE) "reservation"`);
}

/** Distinct free one-hour slots on the booking instruments, from tomorrow on, in a fixed order. */
export function* freeSlots(fixtures: BenchFixtures, offset = 0): Generator<{ instrumentId: number; start: string; end: string }> {
  const first = DateTime.now().setZone("Asia/Tokyo").startOf("day").plus({ days: 1 + offset }).set({ hour: 8 });
  for (let day = 0; day < 300; day++) {
    for (let hour = 0; hour < 12; hour++) {
      for (const instrumentId of fixtures.bookingInstrumentIds) {
        const start = first.plus({ days: day, hours: hour });
        yield { instrumentId, start: start.toUTC().toISO()!, end: start.plus({ hours: 1 }).toUTC().toISO()! };
      }
    }
  }
}
