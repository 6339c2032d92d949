/**
 * Benchmark of the staff and facility workspace on a busy institution (embedded in-memory SQLite, the real app
 * over HTTP through supertest). Prints median and p95 per endpoint. Run: npx tsx scripts/bench-staff-workspace.ts
 */
import os from "node:os";
import { DateTime } from "luxon";
import { Reservation, type Instrument, type StaffMember, type User } from "../server/platform/db/entities";
import { EVERY_DAY_9_17 } from "../test/helpers/factories";
import { createTestApp, at } from "../test/helpers/test-app";

const INSTRUMENTS = 40;
const STAFF = 30;
const DAYS = 120;
const SLOTS = [["09:00", "11:00"], ["11:00", "13:00"], ["14:00", "16:00"]];
const RUNS = 50;

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Case = [label: string, run: () => Promise<{ status: number }>, expected: number];

async function main() {
  const t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  const place = await busyInstitution(t);
  const rows = reservationRows(place);
  const started = Date.now();
  await t.db.write(async (em) => {
    for (let i = 0; i < rows.length; i += 500) await em.getRepository(Reservation).insert(rows.slice(i, i + 500));
  });
  const seedMs = Date.now() - started;

  const cases = await benchCases(t, place);
  console.log(`Staff workspace benchmark — ${new Date().toISOString()} — ${os.cpus()[0]?.model ?? "?"} ×${os.cpus().length}, Node ${process.version}`);
  console.log(`Data: ${INSTRUMENTS} instruments, ${STAFF} staff, ${rows.length} reservations over ${DAYS} days (seeded in ${seedMs} ms); ${RUNS} runs each\n`);
  console.log("endpoint".padEnd(48), "median ms".padStart(10), "p95 ms".padStart(8));
  for (const [label, run, expected] of cases) {
    const times = await timeRuns(label, run, expected);
    console.log(label.padEnd(48), times[Math.floor(RUNS / 2)].toFixed(1).padStart(10), times[Math.floor(RUNS * 0.95)].toFixed(1).padStart(8));
  }
  await t.close();
}

/** One institution with INSTRUMENTS instruments and STAFF staff (each with an instrument of their own and eight shared), an admin and a company member. */
async function busyInstitution(t: TestApp) {
  const institution = await t.make.institution();
  const instruments: Instrument[] = [];
  for (let i = 0; i < INSTRUMENTS; i++) instruments.push(await t.make.instrument(institution, { openingHours: EVERY_DAY_9_17 }));
  const staff: Array<{ user: User; member: StaffMember }> = [];
  for (let s = 0; s < STAFF; s++) {
    staff.push(await t.make.staff(institution, [instruments[s], ...instruments.slice(30, 38)], { hours: EVERY_DAY_9_17 }));
  }
  const admin = await t.make.admin(institution);
  const member = await t.make.companyMember();
  return { institution, instruments, staff, admin, member };
}

/**
 * Three bookings a day on every instrument; on the first 30, staff are assigned in the morning and the
 * afternoon request is unstaffed (each staff member has one instrument of their own, so no overlaps).
 */
function reservationRows({ institution, instruments, staff, member }: Awaited<ReturnType<typeof busyInstitution>>): Partial<Reservation>[] {
  const rows: Partial<Reservation>[] = [];
  const first = DateTime.fromISO("2027-06-08", { zone: "Asia/Tokyo" });
  for (let d = 0; d < DAYS; d++) {
    const day = first.plus({ days: d }).toISODate();
    instruments.forEach((instrument, i) => {
      SLOTS.forEach(([from, to], k) => {
        const assisted = i < STAFF && k !== 1;
        rows.push({
          instrumentId: instrument.id, institutionId: institution.id, companyId: member.companyId!, userId: member.id,
          startsAt: new Date(at(`${day}T${from}`)), endsAt: new Date(at(`${day}T${to}`)), status: "confirmed", purpose: "bench",
          assistanceType: assisted ? "operation" : "none",
          assistanceStatus: assisted ? (k === 0 ? "assigned" : "unstaffed") : "not_requested",
          assignedStaffId: assisted && k === 0 ? staff[i].member.id : null,
        });
      });
    });
  }
  return rows;
}

/** The endpoints measured, signed in as the first staff member or the admin, with the status each must answer. */
async function benchCases(t: TestApp, { staff, admin }: Awaited<ReturnType<typeof busyInstitution>>): Promise<Case[]> {
  const staffToken = { authorization: `Bearer ${await t.login(staff[0].user.email)}` };
  const adminToken = { authorization: `Bearer ${await t.login(admin.email)}` };
  const me = staff[0].member.id;
  return [
    ["GET /staff-members/:id/schedule (7 days)", () => t.http.get(`/api/staff-members/${me}/schedule`).query({ from: at("2027-07-05T00:00"), to: at("2027-07-12T00:00") }).set(staffToken), 200],
    ["GET /staff-members/:id/schedule (31 days)", () => t.http.get(`/api/staff-members/${me}/schedule`).query({ from: at("2027-07-01T00:00"), to: at("2027-08-01T00:00") }).set(staffToken), 200],
    ["GET /staff-members/:id/today", () => t.http.get(`/api/staff-members/${me}/today`).set(staffToken), 200],
    ["GET /assistance-requests?status=unstaffed", () => t.http.get("/api/assistance-requests").query({ status: "unstaffed" }).set(adminToken), 200],
    ["GET /blackouts/affected (institution, 1 day)", () => t.http.get("/api/blackouts/affected").query({ start: at("2027-07-06T00:00"), end: at("2027-07-07T00:00") }).set(adminToken), 200],
    ["POST time-off over a week (409 + list)", () => t.http.post(`/api/staff-members/${me}/time-off`).set(staffToken).send({ startDate: "2027-07-05", endDate: "2027-07-11" }), 409],
    ["GET /audit-events (page 1)", () => t.http.get("/api/audit-events").set(adminToken), 200],
  ];
}

/** RUNS timings of one request in ms, sorted; throws on a status other than the expected one. */
async function timeRuns(label: string, run: Case[1], expected: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await run();
    times.push(performance.now() - t0);
    if (res.status !== expected) throw new Error(`${label}: status ${res.status}`);
  }
  return times.sort((a, b) => a - b);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
