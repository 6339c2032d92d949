import { deliverOnce, dispatchOnce } from "../../../server/notifications";
import { createDataSource } from "../../../server/platform/db/data-source";
import { Database } from "../../../server/platform/db/database";
import { Notification } from "../../../server/platform/db/entities";
import { createMailer } from "../../../server/platform/mailer";
import { isPostgresUrl } from "../../helpers/pg-database";
import { createTestApp, testDatabaseUrl, type TestApp } from "../../helpers/test-app";
import { book, buildNotifyWorld, type NotifyWorld } from "./notify-world";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

/** Two server processes on one PostgreSQL database: each event and each e-mail is claimed by exactly one. */
const onPostgres = isPostgresUrl(testDatabaseUrl()) ? describe : describe.skip;

onPostgres("two dispatchers racing on PostgreSQL", () => {
  let t: TestApp;
  let w: NotifyWorld;
  let other: Database;
  let sink: SmtpSink;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildNotifyWorld(t);
    other = new Database(createDataSource((t.db.dataSource.options as { url: string }).url, { poolSize: 4 }));
    await other.dataSource.initialize();
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
    await other.close();
    await t.close();
  });

  const DAYS = ["2027-06-09", "2027-06-10", "2027-06-11", "2027-06-14", "2027-06-15", "2027-06-16"];
  const HOURS = ["09", "10", "11", "12", "13", "14", "15", "16"];

  test("40 bookings → every notification and every e-mail exactly once", async () => {
    const slots = DAYS.flatMap((day) => HOURS.map((hour) => [day, `${hour}:00`, `${String(Number(hour) + 1).padStart(2, "0")}:00`] as const));
    for (const [i, [day, from, to]] of slots.slice(0, 30).entries()) await book(t, i % 2 ? w.tokens.memberEn : w.tokens.memberJa, w.sem, day, from, to);
    for (const [day, from, to] of slots.slice(30, 40)) await book(t, w.tokens.memberEn, w.tem, day, from, to);

    const drain = async (db: Database) => {
      let handled = 0;
      for (let n; (n = await dispatchOnce(db, t.clock, { batchSize: 3 })) > 0; ) handled += n;
      return handled;
    };
    const handled = await Promise.all([drain(t.db), drain(other), drain(t.db), drain(other)]);
    expect(handled.reduce((a, b) => a + b, 0)).toBe(40);
    const notifications = await t.db.manager.getRepository(Notification).find();
    expect(notifications).toHaveLength(30 + 10 * 3);
    expect(new Set(notifications.map((n) => `${n.auditEventId}:${n.userId}`)).size).toBe(notifications.length);

    const mailer = createMailer({ smtpUrl: sink.url, mailFrom: "es@test.example", mailDir: "/nonexistent" });
    const send = async (db: Database) => {
      let sent = 0;
      for (let n; (n = (await deliverOnce(db, t.clock, mailer, { batchSize: 4 })).sent) > 0; ) sent += n;
      return sent;
    };
    const sent = await Promise.all([send(t.db), send(other), send(t.db), send(other)]);
    mailer.close();
    expect(sent.reduce((a, b) => a + b, 0)).toBe(notifications.length);
    expect(sink.messages).toHaveLength(notifications.length);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(notifications.length);
  });
});
