/**
 * Outbox delivery rate to a local SMTP sink: fills the mail outbox with e-mails like the dispatcher writes (text,
 * HTML and an iTIP invitation), then lets the outbox worker's step (`deliverOnce`) send them over SMTP to a sink in
 * this process that accepts and discards each message. Prints messages per second and the CPU of this process per
 * message (worker, database and sink together; the sink only reads the bytes).
 *
 *   npx tsx scripts/bench/outbox-delivery.ts [--seconds=5] [--messages=2000] [--batch=20] [--database=sqlite::memory:]
 *
 * A PostgreSQL URL in --database measures against it (the outbox table is emptied first: use a throwaway database).
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { deliverOnce } from "../../server/notifications";
import { systemClock } from "../../server/platform/clock";
import { createDataSource } from "../../server/platform/db/data-source";
import { Database } from "../../server/platform/db/database";
import { MailOutbox } from "../../server/platform/db/entities";
import { createMailer } from "../../server/platform/mailer";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const SECONDS = Number(args.seconds ?? 5);
const MESSAGES = Number(args.messages ?? 2000);
const BATCH = Number(args.batch ?? 20);
const DATABASE = args.database ?? "sqlite::memory:";

const INVITATION = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:reservation-1@bench.example", "SEQUENCE:1",
  "DTSTART:20270609T010000Z", "DTEND:20270609T030000Z", "SUMMARY:Electron microscope", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

async function startSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // A reverse DNS lookup of 127.0.0.1 per connection would be measured instead of the outbox.
    disableReverseLookup: true,
    closeTimeout: 200,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function fill(db: Database, count: number): Promise<void> {
  await db.write((em) => em.getRepository(MailOutbox).clear());
  const now = new Date();
  for (let from = 0; from < count; from += 500) {
    const rows = Array.from({ length: Math.min(500, count - from) }, (_, i) => ({
      recipient: `member${from + i}@bench.example`,
      subject: "Booking confirmed: Electron microscope, Wed, 9 Jun 2027, 10:00–12:00 JST",
      text: "Your booking of Electron microscope (Test University) is confirmed.\nWhen: Wed, 9 Jun 2027, 10:00–12:00 JST\n",
      html: "<!doctype html><html lang=\"en\"><body><p>Your booking of Electron microscope is confirmed.</p></body></html>",
      messageId: `<bench-${from + i}@equipment-share>`,
      status: "pending",
      attempts: 0,
      nextAttemptAt: now,
      calendarMethod: "REQUEST",
      calendar: INVITATION,
    }));
    await db.write((em) => em.getRepository(MailOutbox).insert(rows));
  }
}

async function main(): Promise<void> {
  const dataSource = createDataSource(DATABASE, { poolSize: 4 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const db = new Database(dataSource);
  const sink = await startSink();
  const mailer = createMailer({ smtpUrl: sink.url, mailFrom: "Equipment Share <no-reply@bench.example>", mailDir: "/nonexistent" });
  await fill(db, MESSAGES);

  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const deadline = Date.now() + SECONDS * 1000;
  let sent = 0;
  let failed = 0;
  while (Date.now() < deadline) {
    const step = await deliverOnce(db, systemClock, mailer, { batchSize: BATCH });
    sent += step.sent;
    failed += step.failed;
    if (step.sent + step.failed === 0) break;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMicros = cpu.user + cpu.system;

  console.log(`outbox delivery to a local SMTP sink (${dataSource.options.type}, batch ${BATCH}, pooled SMTP connection, TCP_NODELAY)`);
  console.log(`  sent:            ${sent} (failed ${failed}, received by the sink ${sink.received()}) in ${seconds.toFixed(2)} s`);
  console.log(`  rate:            ${(sent / seconds).toFixed(1)} messages/s`);
  console.log(`  CPU per message: ${sent ? (cpuMicros / sent / 1000).toFixed(2) : "–"} ms (user ${(cpu.user / 1000).toFixed(0)} ms, system ${(cpu.system / 1000).toFixed(0)} ms in all)`);
  mailer.close();
  await sink.close();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
