import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { createDataSource } from "../../../server/platform/db/data-source";
import { Database } from "../../../server/platform/db/database";
import { migrate } from "../../../server/platform/db/migrate";
import { EVERY_DAY_9_17, Factories } from "../../helpers/factories";
import { createThrowawayDatabase, isPostgresUrl } from "../../helpers/pg-database";
import { startServerProcess } from "../../helpers/server-process";
import { testDatabaseUrl } from "../../helpers/test-app";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

/**
 * A real server process is killed (SIGKILL) after its bookings committed and before anything was dispatched or sent;
 * after the restart every message arrives at the SMTP server exactly once.
 */
const PORT = 4420;
let sink: SmtpSink;
let url: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  sink = await startSmtpSink();
  const base = testDatabaseUrl();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "es-crash-"));
  const throwaway = isPostgresUrl(base) ? await createThrowawayDatabase(base) : null;
  url = throwaway?.url ?? `sqlite:${path.join(dir, "crash.sqlite")}`;
  cleanup = async () => {
    await throwaway?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
});
afterAll(async () => {
  await sink.close();
  await cleanup();
});

async function world(): Promise<{ emails: string[]; instrumentId: number }> {
  const db = new Database(createDataSource(url, { poolSize: 2 }));
  await db.dataSource.initialize();
  await migrate(db.dataSource);
  const make = new Factories(db);
  const institution = await make.institution({ closedOnNationalHolidays: false });
  const instrument = await make.instrument(institution, { openingHours: EVERY_DAY_9_17 });
  const members = [await make.companyMember(undefined, { locale: "ja" }), await make.companyMember(undefined, { locale: "en" })];
  for (const member of members) await make.qualification(member, instrument);
  await db.close();
  return { emails: members.map((m) => m.email), instrumentId: instrument.id };
}

async function bookAs(server: string, email: string, instrumentId: number, hour: number): Promise<void> {
  const login = await fetch(`${server}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: Factories.PASSWORD }) });
  const { token } = (await login.json()) as { token: string };
  const start = DateTime.now().setZone("Asia/Tokyo").plus({ days: 7 }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  const res = await fetch(`${server}/api/reservations`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ instrumentId, start: start.toUTC().toISO(), end: start.plus({ hours: 1 }).toUTC().toISO(), purpose: "Crash test" }),
  });
  expect(res.status).toBe(201);
}

test("SIGKILL after the bookings commit, before dispatch: after the restart every e-mail arrives exactly once", async () => {
  const { emails, instrumentId } = await world();
  const env = { DATABASE_URL: url, SMTP_URL: sink.url, MAIL_FROM: "es@test.example" };
  // The worker's first step runs at startup; the next would come an hour later, long after the kill.
  const first = await startServerProcess(PORT, { ...env, NOTIFY_INTERVAL_MS: "3600000" });
  await bookAs(first.url, emails[0], instrumentId, 10);
  await bookAs(first.url, emails[1], instrumentId, 13);
  await first.kill();
  expect(sink.messages).toHaveLength(0);

  const second = await startServerProcess(PORT, { ...env, NOTIFY_INTERVAL_MS: "100" });
  for (let i = 0; i < 100 && sink.messages.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => setTimeout(resolve, 500)); // a second copy would come now
  expect(await second.stop()).toBe(0);
  expect(sink.messages.map((m) => [(m.to as { text: string }).text, m.subject?.split(/[：:]/)[0]]).sort()).toEqual(
    [[emails[0], "予約が確定しました"], [emails[1], "Booking confirmed"]].sort(),
  );
  expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(2);
}, 90_000);
