import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { deliverOnce, dispatchOnce } from "../../../server/notifications";
import type { Database } from "../../../server/platform/db/database";
import { MailOutbox } from "../../../server/platform/db/entities";
import { createMailer } from "../../../server/platform/mailer";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { book, buildNotifyWorld, type NotifyWorld } from "./notify-world";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

let t: TestApp;
let w: NotifyWorld;
let sink: SmtpSink;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildNotifyWorld(t);
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await t.close();
});

const FROM = "Equipment Share <no-reply@test.example>";
const smtpMailer = (url = sink.url) => createMailer({ smtpUrl: url, mailFrom: FROM, mailDir: "/nonexistent" });
const outbox = () => t.db.manager.getRepository(MailOutbox).find({ order: { id: "ASC" } });

test("e-mails reach a real SMTP server: each recipient, in their language, the subject naming the instrument and the local time", async () => {
  await book(t, w.tokens.memberEn, w.sem, "2027-06-09", "10:00", "12:00", true);
  await dispatchOnce(t.db, t.clock, { publicUrl: "https://es.test.example" });
  const mailer = smtpMailer();
  expect(await deliverOnce(t.db, t.clock, mailer)).toEqual({ sent: 2, failed: 0 });
  mailer.close();
  const [toMember, toStaff] = sink.messages;
  expect(toMember.to).toMatchObject({ value: [{ address: w.memberEn.email }] });
  expect(toMember.from?.text).toContain("no-reply@test.example");
  expect(toMember.subject).toBe("Booking confirmed: Electron microscope, Wed, 9 Jun 2027, 10:00–12:00 JST");
  expect(toMember.text).toContain("Your booking of Electron microscope");
  expect(toMember.text).toContain("https://es.test.example/reservations/");
  expect(toMember.html).toContain('<html lang="en">');
  expect(toStaff.to).toMatchObject({ value: [{ address: w.staffJa.user.email }] });
  expect(toStaff.subject).toBe("担当に割り当てられました：電子顕微鏡 2027年6月9日(水) 10:00–12:00 JST");
  expect(toStaff.text).toContain("予約の担当に割り当てられました");
  const rows = await outbox();
  expect(sink.messages.map((m) => m.messageId)).toEqual(rows.map((r) => r.messageId));
  expect(rows.map((r) => [r.status, r.attempts, r.sentAt?.toISOString()])).toEqual([["sent", 1, "2027-06-07T00:00:00.000Z"], ["sent", 1, "2027-06-07T00:00:00.000Z"]]);
  expect(await deliverOnce(t.db, t.clock, smtpMailer())).toEqual({ sent: 0, failed: 0 });
});

test("a server that does not answer: retried later with exponential back-off, then sent", async () => {
  sink.messages.length = 0;
  await book(t, w.tokens.memberJa, w.sem, "2027-06-10", "10:00", "11:00");
  await dispatchOnce(t.db, t.clock);
  const down = await startSmtpSink();
  await down.close();
  expect(await deliverOnce(t.db, t.clock, smtpMailer(down.url))).toEqual({ sent: 0, failed: 1 });
  const [failed] = (await outbox()).filter((r) => r.status === "pending");
  expect(failed.attempts).toBe(1);
  expect(failed.nextAttemptAt.getTime()).toBe(t.clock.now() + 30_000);
  expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
  t.clock.advance(29_000);
  expect(await deliverOnce(t.db, t.clock, smtpMailer(down.url))).toEqual({ sent: 0, failed: 0 });
  t.clock.advance(1_000);
  expect(await deliverOnce(t.db, t.clock, smtpMailer(down.url))).toEqual({ sent: 0, failed: 1 });
  const again = (await outbox()).find((r) => r.id === failed.id)!;
  expect([again.attempts, again.nextAttemptAt.getTime() - t.clock.now()]).toEqual([2, 60_000]);
  t.clock.advance(60_000);
  expect(await deliverOnce(t.db, t.clock, smtpMailer())).toEqual({ sent: 1, failed: 0 });
  expect(sink.messages.map((m) => m.subject)).toEqual([expect.stringMatching(/^予約が確定しました：電子顕微鏡 2027年6月10日\(木\)/)]);
});

test("a crash between the booking's commit and the dispatch loses nothing: every message arrives exactly once", async () => {
  sink.messages.length = 0;
  await book(t, w.tokens.memberEn, w.tem, "2027-06-11", "10:00", "11:00");
  await book(t, w.tokens.memberJa, w.sem, "2027-06-11", "13:00", "14:00", true);
  // The process dies inside the dispatcher's transaction, after writing the notifications, before its commit.
  const dying = { dialect: t.db.dialect, write: (work: Parameters<Database["write"]>[0]) => t.db.write(async (em) => {
    await work(em);
    throw new Error("SIGKILL");
  }) } as unknown as Database;
  await expect(dispatchOnce(dying, t.clock)).rejects.toThrow("SIGKILL");
  expect(await outbox()).toHaveLength(3);
  // After the restart.
  expect(await dispatchOnce(t.db, t.clock)).toBe(2);
  expect(await dispatchOnce(t.db, t.clock)).toBe(0);
  expect(await deliverOnce(t.db, t.clock, smtpMailer())).toEqual({ sent: 5, failed: 0 });
  expect(await deliverOnce(t.db, t.clock, smtpMailer())).toEqual({ sent: 0, failed: 0 });
  const received = sink.messages.map((m) => `${(m.to as { text: string }).text} ${m.subject?.split("：")[0].split(":")[0]}`).sort();
  expect(received).toEqual([
    `${w.memberEn.email} Booking received, awaiting approval`,
    `${w.memberJa.email} 予約が確定しました`,
    `${w.staffEn.user.email} A booking awaits approval`,
    `${w.staffJa.user.email} 承認待ちの予約があります`,
    `${w.staffJa.user.email} 担当に割り当てられました`,
  ].sort());
  expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(5);
});

test("without SMTP_URL, messages are written as .eml files named after their Message-ID", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"));
  const mailer = createMailer({ mailFrom: FROM, mailDir: dir });
  const mail = { to: "a@test.example", subject: "件名 subject", text: "本文", html: "<p>本文</p>", messageId: "<notification-1.2@equipment-share>" };
  await mailer.send(mail);
  await mailer.send(mail);
  expect(fs.readdirSync(dir)).toEqual(["notification-1.2@equipment-share.eml"]);
  const parsed = await simpleParser(fs.readFileSync(path.join(dir, "notification-1.2@equipment-share.eml")));
  expect([parsed.subject, parsed.text?.trim(), parsed.messageId]).toEqual(["件名 subject", "本文", mail.messageId]);
  fs.rmSync(dir, { recursive: true });
});
