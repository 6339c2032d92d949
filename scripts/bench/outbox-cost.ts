/**
 * What the notification outbox adds to a booking, in CPU. Books N distinct slots through the real app over HTTP
 * (supertest, in this process) with no worker running and measures this process's CPU per booking; then runs the
 * worker's two steps until nothing is left: the dispatcher (audit events → inbox entries and outbox e-mails, with
 * the iTIP invitation) and the delivery to an SMTP sink in this process. Their CPU per booking is the outbox's cost.
 * Alternates the two phases ROUNDS times; CPU time (not wall time) is steady on a shared machine.
 *
 *   npx tsx scripts/bench/outbox-cost.ts   (BOOKINGS=300, ROUNDS=3; TEST_DATABASE_URL=postgres://… for PostgreSQL)
 */
import os from "node:os";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { deliverOnce, dispatchOnce } from "../../server/notifications";
import { MailOutbox } from "../../server/platform/db/entities";
import { createMailer } from "../../server/platform/mailer";
import { createTestApp } from "../../test/helpers/test-app";
import { BENCH_EMAIL, BENCH_PASSWORD, ensureBenchFixtures, freeSlots } from "./fixtures";

const BOOKINGS = Number(process.env.BOOKINGS ?? 300);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function startSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false, disableReverseLookup: true, closeTimeout: 200,
    onData(stream, _session, callback) {
      stream.on("end", () => callback());
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const t = await createTestApp({ now: new Date().toISOString() });
  const fixtures = await ensureBenchFixtures(t.db);
  const token = await t.login(BENCH_EMAIL, BENCH_PASSWORD);
  const sink = await startSink();
  const mailer = createMailer({ smtpUrl: sink.url, mailFrom: "Equipment Share <no-reply@bench.example>", mailDir: "/nonexistent" });
  const slots = freeSlots(fixtures);
  const book = async (count: number) => {
    for (let n = 0; n < count; n++) {
      const res = await t.http.post("/api/reservations").set("authorization", `Bearer ${token}`).send({ ...slots.next().value!, purpose: "bench", assistance: { type: "none" } });
      if (res.status !== 201) throw new Error(`booking answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
  };
  const drain = async () => {
    let events = 0;
    let sent = 0;
    for (let step; (step = await dispatchOnce(t.db, t.clock, { publicUrl: "https://es.bench.example" })) > 0;) events += step;
    for (let step; (step = (await deliverOnce(t.db, t.clock, mailer, { batchSize: 50 })).sent) > 0;) sent += step;
    return { events, sent };
  };
  await book(50); // warm-up: the JIT compiles both paths before anything counts
  await drain();

  console.log(`${t.db.dialect}, ${BOOKINGS} bookings per round, ${os.cpus()[0]?.model} × ${os.cpus().length}, load ${os.loadavg()[0].toFixed(1)}`);
  console.log("| round | booking CPU ms/booking | outbox CPU ms/booking (dispatch + delivery) | e-mails | outbox/booking |");
  console.log("|---:|---:|---:|---:|---:|");
  for (let round = 1; round <= ROUNDS; round++) {
    let since = process.cpuUsage();
    await book(BOOKINGS);
    const booking = cpuMs(since) / BOOKINGS;
    since = process.cpuUsage();
    const { sent } = await drain();
    const outbox = cpuMs(since) / BOOKINGS;
    console.log(`| ${round} | ${booking.toFixed(2)} | ${outbox.toFixed(2)} | ${sent} | ${(outbox / booking).toFixed(2)} |`);
  }
  const left = await t.db.manager.getRepository(MailOutbox).countBy({ status: "pending" });
  if (left > 0) throw new Error(`${left} e-mails left in the outbox`);
  mailer.close();
  await sink.close();
  await t.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
