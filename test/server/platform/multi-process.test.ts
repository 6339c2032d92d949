import { DateTime } from "luxon";
import { In } from "typeorm";
import { createDataSource } from "../../../server/platform/db/data-source";
import { Database } from "../../../server/platform/db/database";
import { Reservation, type Instrument } from "../../../server/platform/db/entities";
import { migrate } from "../../../server/platform/db/migrate";
import { EVERY_DAY_9_17, Factories } from "../../helpers/factories";
import { createThrowawayDatabase, isPostgresUrl } from "../../helpers/pg-database";
import { startServerProcess, type ServerProcess } from "../../helpers/server-process";
import { testDatabaseUrl } from "../../helpers/test-app";

/**
 * Scale-out: two real server processes (separate Node processes, separate pools) on one PostgreSQL database,
 * 200 conflicting booking requests spread over both at once. Only PostgreSQL can be shared by processes, so
 * without TEST_DATABASE_URL=postgres://… this file is skipped (CI always sets it).
 */
const baseUrl = testDatabaseUrl();
const enabled = isPostgresUrl(baseUrl);
if (!enabled) console.warn("multi-process test skipped: set TEST_DATABASE_URL=postgres://… (npm run test:pg) to run it");
const describeOnPostgres = enabled ? describe : describe.skip;

const PORTS = [4410, 4411];
const REQUESTS = 200;

describeOnPostgres(`two server processes on one PostgreSQL database${enabled ? "" : " (skipped: needs TEST_DATABASE_URL=postgres://…)"}`, () => {
  let throwaway: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  let db: Database;
  let make: Factories;
  let servers: ServerProcess[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(baseUrl);
    const dataSource = createDataSource(throwaway.url, { poolSize: 4 });
    await dataSource.initialize();
    await migrate(dataSource);
    db = new Database(dataSource);
    make = new Factories(db);
    servers = await Promise.all(PORTS.map((port) => startServerProcess(port, { DATABASE_URL: throwaway.url, DB_POOL_SIZE: "8", LOGIN_RATE_MAX: "5" })));
    for (let i = 0; i < 10; i++) {
      const user = await make.companyMember();
      const res = await fetch(`${servers[i % 2].url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: user.email, password: Factories.PASSWORD }),
      });
      expect(res.status).toBe(200);
      tokens.push(((await res.json()) as { token: string }).token);
    }
  }, 90_000);

  afterAll(async () => {
    const codes = await Promise.all(servers.map((s) => s.stop()));
    await db?.close();
    await throwaway?.drop();
    expect(codes).toEqual(servers.map(() => 0));
  }, 30_000);

  /** A slot a week ahead in Tokyo (real clock: the servers use the system time), within lead time and horizon. */
  function slot(hour: number, dayOffset = 7): { start: string; end: string } {
    const start = DateTime.now().setZone("Asia/Tokyo").plus({ days: dayOffset }).set({ hour, minute: 0, second: 0, millisecond: 0 });
    return { start: start.toUTC().toISO()!, end: start.plus({ hours: 1 }).toUTC().toISO()! };
  }

  async function fire(bodies: Array<Record<string, unknown>>): Promise<Array<{ status: number; body: unknown; server: number }>> {
    return Promise.all(
      bodies.map(async (body, i) => {
        const server = i % servers.length;
        const res = await fetch(`${servers[server].url}/api/reservations`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${tokens[i % tokens.length]}` },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: await res.json(), server };
      }),
    );
  }

  function expectNoServerErrors(results: Array<{ status: number; body: unknown }>) {
    const unexpected = results.filter((r) => r.status !== 201 && r.status !== 409);
    if (unexpected.length) throw new Error(`unexpected answers: ${JSON.stringify(unexpected.slice(0, 3))}\n${servers.map((s) => s.output()).join("\n")}`);
  }

  test(`${REQUESTS} requests for 4 slots of one instrument, over both processes → exactly one booking per slot, no 5xx`, async () => {
    const institution = await make.institution({ closedOnNationalHolidays: false });
    const instrument = await make.instrument(institution, { openingHours: EVERY_DAY_9_17 });
    await make.staff(institution, [instrument], { hours: EVERY_DAY_9_17 });
    const hours = [10, 11, 13, 14];
    const results = await fire(
      Array.from({ length: REQUESTS }, (_, i) => ({
        instrumentId: instrument.id,
        ...slot(hours[i % hours.length]),
        purpose: `race ${i}`,
        assistance: { type: i % 3 ? "operation" : "consultation" },
      })),
    );
    expectNoServerErrors(results);
    expect(results.filter((r) => r.status === 201)).toHaveLength(hours.length);
    expect(new Set(results.filter((r) => r.status === 201).map((r) => (r.body as { reservation: { start: string } }).reservation.start)).size).toBe(hours.length);
    expect(new Set(results.filter((r) => r.status === 409).map((r) => r.server))).toEqual(new Set([0, 1]));
    const active = await db.manager.getRepository(Reservation).find({ where: { instrumentId: instrument.id, status: In(["pending", "confirmed"]) } });
    expect(active).toHaveLength(hours.length);
  }, 60_000);

  test(`${REQUESTS} requests for operation on 20 instruments sharing one staff member → the person is committed once, no 5xx`, async () => {
    const institution = await make.institution({ closedOnNationalHolidays: false });
    const instruments: Instrument[] = [];
    for (let i = 0; i < 20; i++) instruments.push(await make.instrument(institution, { openingHours: EVERY_DAY_9_17 }));
    const { member } = await make.staff(institution, instruments, { hours: EVERY_DAY_9_17 });
    const results = await fire(
      Array.from({ length: REQUESTS }, (_, i) => ({
        instrumentId: instruments[i % instruments.length].id,
        ...slot(15, 8),
        purpose: `staff race ${i}`,
        assistance: { type: "operation" },
      })),
    );
    expectNoServerErrors(results);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const assigned = await db.manager.getRepository(Reservation).count({ where: { assignedStaffId: member.id, status: In(["pending", "confirmed"]) } });
    expect(assigned).toBe(1);
  }, 60_000);

  test("failed logins are limited across processes: 5 in all, not 5 per process", async () => {
    const user = await make.companyMember();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${servers[i % 2].url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: user.email, password: "not the password" }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});
