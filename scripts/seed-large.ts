import "reflect-metadata";
import { DateTime } from "luxon";
import { CATEGORY_LABELS, INSTITUTION_KINDS, INSTRUMENT_CATEGORIES, PREFECTURES, type ReservationStatus } from "../shared/enums";
import type { WeeklyHours } from "../shared/time/weekly-hours";
import { createDataSource } from "../server/platform/db/data-source";
import { Database } from "../server/platform/db/database";
import { Company, Institution, Instrument, Reservation, StaffMember, User } from "../server/platform/db/entities";
import { migrate } from "../server/platform/db/migrate";
import { hashPassword } from "../server/accounts/passwords";
import { buildSearchText } from "../server/catalogue/search-text";
import { bulkInsert, resetSequences } from "./bulk-insert";

/**
 * A region-sized data set for benchmarks, on whatever DATABASE_URL names (SQLite or PostgreSQL), which must be
 * empty: 20 institutions, 10,000 instruments, 500 staff, 200 companies with 1,000 members and 1,000,000
 * reservations over two years (one past, one ahead), none overlapping on an instrument or a staff member.
 * LARGE_SCALE=0.01 makes a proportionally smaller set. All accounts use the password `large-password`.
 */
export const LARGE_PASSWORD = "large-password";
const ZONE = "Asia/Tokyo";
const SCALE = Number(process.env.LARGE_SCALE ?? 1);
const INSTITUTIONS = 20;
const INSTRUMENTS_PER_INSTITUTION = Math.max(1, Math.round(500 * SCALE));
const STAFF_PER_INSTITUTION = 25;
const COMPANIES = 200;
const MEMBERS_PER_COMPANY = 5;
const RESERVATIONS_PER_INSTRUMENT = 100;
const DAYS = 730;
const WEEKDAYS_9_17: WeeklyHours = Object.fromEntries((["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ start: "09:00", end: "17:00" }]]));
const KEYWORDS = ["SEM", "TEM", "EDS", "XRD", "XPS", "FTIR", "Raman", "NMR", "LC-MS", "GC-MS", "DSC", "TGA", "硬さ試験", "引張試験", "結晶構造", "表面形状", "元素分析", "粒子径", "薄膜", "ひび割れ", "樹脂", "金属", "セラミックス", "食品", "医薬品"];
const MAKERS = ["JEOL", "Hitachi High-Tech", "Shimadzu", "Rigaku", "Bruker", "Thermo Fisher", "Agilent", "Horiba", "Keyence", "Zeiss"];

const timings: Array<[string, number]> = [];
async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  timings.push([label, ms]);
  console.log(`${label.padEnd(28)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
}

const STAFF_COUNT = INSTITUTIONS * STAFF_PER_INSTITUTION;
/** Company members' user ids follow the admins' and the staff's. */
const MEMBER_BASE = INSTITUTIONS + STAFF_COUNT;
const INSTRUMENT_COUNT = INSTITUTIONS * INSTRUMENTS_PER_INSTITUTION;

const instituteOf = (instrumentId: number) => Math.floor((instrumentId - 1) / INSTRUMENTS_PER_INSTITUTION) + 1;

/** The two staff members (of the instrument's institution) who support an instrument. */
function staffOf(instrumentId: number): number[] {
  const local = (instrumentId - 1) % INSTRUMENTS_PER_INSTITUTION;
  const first = (instituteOf(instrumentId) - 1) * STAFF_PER_INSTITUTION + 1;
  return [first + (local % STAFF_PER_INSTITUTION), first + ((local + 7) % STAFF_PER_INSTITUTION)];
}

async function main(): Promise<void> {
  const db = await openEmptyDatabase();
  console.log(`seeding ${db.dialect} (scale ${SCALE})`);
  const started = performance.now();
  const passwordHash = await hashPassword(LARGE_PASSWORD);
  const today = DateTime.now().setZone(ZONE).startOf("day");
  const now = Date.now();

  await timed("institutions", () => insertInstitutions(db));
  await timed("companies", () => insertCompanies(db));
  await timed("users", () => insertUsers(db, passwordHash));
  await timed("staff", () => insertStaff(db));
  await timed("instruments", () => insertInstruments(db));
  await timed("staff ↔ instruments", () => linkStaffToInstruments(db));
  await timed(`reservations (${(INSTRUMENT_COUNT * RESERVATIONS_PER_INSTRUMENT).toLocaleString("en")})`, () => insertReservations(db, today, now));
  await timed("sequences + statistics", async () => {
    await resetSequences(db, ["institution", "company", "app_user", "staff_member", "instrument", "reservation"]);
    await db.manager.query(db.dialect === "postgres" ? "VACUUM ANALYZE" : "ANALYZE");
  });
  console.log(`${"total".padEnd(28)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
  await db.close();
}

/** The migrated database DATABASE_URL names; exits with 2 if it already has users (the seed inserts explicit ids). */
async function openEmptyDatabase(): Promise<Database> {
  const dataSource = createDataSource(process.env.DATABASE_URL, { poolSize: 4, statementTimeoutMs: 0 });
  await dataSource.initialize();
  await migrate(dataSource);
  const db = new Database(dataSource);
  if ((await db.manager.getRepository(User).count()) > 0) {
    console.error("seed:large needs an empty database (it inserts explicit ids); point DATABASE_URL at a new one");
    process.exit(2);
  }
  return db;
}

function insertInstitutions(db: Database) {
  return bulkInsert(db, Institution, Array.from({ length: INSTITUTIONS }, (_, n) => ({
    id: n + 1, nameJa: `地域研究機関${n + 1}`, nameEn: `Regional Institute ${n + 1}`, kind: INSTITUTION_KINDS[n % INSTITUTION_KINDS.length],
    prefecture: PREFECTURES[(n * 3) % PREFECTURES.length], timezone: ZONE, closedOnNationalHolidays: true,
  })));
}

function insertCompanies(db: Database) {
  return bulkInsert(db, Company, Array.from({ length: COMPANIES }, (_, n) => ({ id: n + 1, name: `株式会社ベンチ${n + 1}`, customerType: n % 4 ? "sme" : "company" } as const)));
}

/** An admin per institution, the staff, the company members and one coordinator, in that id order. */
function insertUsers(db: Database, passwordHash: string) {
  const users: Array<Partial<User>> = [];
  const user = (id: number, email: string, role: User["role"], institutionId: number | null, companyId: number | null) =>
    users.push({ id, email, passwordHash, displayName: email.split("@")[0], role, locale: "ja", institutionId, companyId });
  for (let n = 1; n <= INSTITUTIONS; n++) user(n, `admin${n}@large.example`, "institution_admin", n, null);
  for (let n = 1; n <= STAFF_COUNT; n++) user(INSTITUTIONS + n, `staff${n}@large.example`, "staff", Math.ceil(n / STAFF_PER_INSTITUTION), null);
  for (let n = 1; n <= COMPANIES * MEMBERS_PER_COMPANY; n++) user(MEMBER_BASE + n, `member${n}@large.example`, "company_member", null, Math.ceil(n / MEMBERS_PER_COMPANY));
  user(MEMBER_BASE + COMPANIES * MEMBERS_PER_COMPANY + 1, "coordinator@large.example", "coordinator", null, null);
  return bulkInsert(db, User, users);
}

function insertStaff(db: Database) {
  return bulkInsert(db, StaffMember, Array.from({ length: STAFF_COUNT }, (_, n) => ({
    id: n + 1, userId: INSTITUTIONS + n + 1, institutionId: Math.floor(n / STAFF_PER_INSTITUTION) + 1, workingHours: WEEKDAYS_9_17,
  })));
}

function insertInstruments(db: Database) {
  const rows: Array<Partial<Instrument>> = [];
  for (let id = 1; id <= INSTRUMENT_COUNT; id++) {
    const category = INSTRUMENT_CATEGORIES[id % INSTRUMENT_CATEGORIES.length];
    const label = CATEGORY_LABELS[category];
    const keywords = [KEYWORDS[id % KEYWORDS.length], KEYWORDS[(id * 7) % KEYWORDS.length], KEYWORDS[(id * 13) % KEYWORDS.length]];
    const fields = {
      nameJa: `${label.ja} ${id}号機`, nameEn: `${label.en} unit ${id}`, category, manufacturer: MAKERS[id % MAKERS.length], model: `M-${id}`, keywords,
    };
    const institution = { nameJa: `地域研究機関${instituteOf(id)}`, nameEn: `Regional Institute ${instituteOf(id)}` };
    rows.push({
      id, institutionId: instituteOf(id), ...fields, descriptionJa: "", descriptionEn: "", specs: [], building: "", room: "",
      status: id % 100 === 0 ? "retired" : id % 25 === 0 ? "maintenance" : "active", openingHours: WEEKDAYS_9_17,
      requiresApproval: id % 3 === 0, rateAcademic: 3000, rateCompany: 12000, rateSme: 8000, rateAssistance: 5000,
      searchText: buildSearchText({ ...fields, institution }),
    });
  }
  return bulkInsert(db, Instrument, rows);
}

async function linkStaffToInstruments(db: Database): Promise<void> {
  const params: Array<[number, number]> = [];
  for (let id = 1; id <= INSTRUMENT_COUNT; id++) for (const staff of staffOf(id)) params.push([staff, id]);
  const mark = db.dialect === "postgres" ? (n: number) => `$${n}` : () => "?";
  for (let i = 0; i < params.length; i += 1000) {
    const chunk = params.slice(i, i + 1000);
    await db.write((em) => em.query(`INSERT INTO "staff_instrument" ("staff_member_id", "instrument_id") VALUES ${chunk.map((_, n) => `(${mark(2 * n + 1)}, ${mark(2 * n + 2)})`).join(", ")}`, chunk.flat()));
  }
}

/**
 * RESERVATIONS_PER_INSTRUMENT two-hour bookings per instrument, spread over DAYS centred on today, inserted 100
 * instruments at a time; every fifth asks for a staff member, who is assigned when one of the two is free.
 */
async function insertReservations(db: Database, today: DateTime, now: number): Promise<void> {
  const first = today.minus({ days: DAYS / 2 });
  const staffBusy = new Set<string>();
  let id = 0;
  for (let instrument = 1; instrument <= INSTRUMENT_COUNT; instrument += 100) {
    const rows: Array<Partial<Reservation>> = [];
    for (let i = instrument; i < Math.min(instrument + 100, INSTRUMENT_COUNT + 1); i++) {
      for (let k = 0; k < RESERVATIONS_PER_INSTRUMENT; k++) {
        const day = Math.floor(k * 7.25) + (i % 7);
        const hour = 9 + 2 * ((i * 3 + k) % 4);
        const startsAt = first.plus({ days: day }).set({ hour });
        const staff = k % 5 === 0 ? staffOf(i).find((s) => !staffBusy.has(`${s}|${day}|${hour}`)) ?? null : null;
        if (staff) staffBusy.add(`${staff}|${day}|${hour}`);
        rows.push(reservationRow(++id, i, k, startsAt, staff, now));
      }
    }
    await bulkInsert(db, Reservation, rows, { rowsPerStatement: 1000, statementsPerTransaction: 10 });
    if (instrument % 2000 === 1) console.log(`  … ${id.toLocaleString("en")}`);
  }
}

/** The k-th booking of an instrument: company, member and status follow from the numbers; past ones are mostly completed. */
function reservationRow(id: number, instrumentId: number, k: number, startsAt: DateTime, staff: number | null, now: number): Partial<Reservation> {
  const i = instrumentId;
  const company = ((i * 31 + k) % COMPANIES) + 1;
  const past = startsAt.toMillis() < now;
  const roll = (i * 17 + k * 11) % 100;
  const status: ReservationStatus = past ? (roll < 85 ? "completed" : roll < 95 ? "cancelled" : "no_show") : roll < 90 ? "confirmed" : roll < 95 ? "pending" : "cancelled";
  return {
    id, instrumentId: i, institutionId: instituteOf(i), companyId: company, userId: MEMBER_BASE + (company - 1) * MEMBERS_PER_COMPANY + (k % MEMBERS_PER_COMPANY) + 1,
    startsAt: startsAt.toJSDate(), endsAt: startsAt.plus({ hours: 2 }).toJSDate(), status, purpose: "Measurement", assistanceType: staff ? "operation" : "none",
    assistanceStatus: staff ? "assigned" : "not_requested", assignedStaffId: staff, priceEstimateYen: staff ? 26000 : 16000,
  };
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
