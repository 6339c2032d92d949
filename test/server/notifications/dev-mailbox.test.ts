import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deliverOnce, dispatchOnce } from "../../../server/notifications";
import { createMailer } from "../../../server/platform/mailer";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { book, buildNotifyWorld, type NotifyWorld } from "./notify-world";

let t: TestApp;
let w: NotifyWorld;
let mailDir: string;
beforeAll(async () => {
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-mail-"));
  t = await createTestApp({ config: { mailDir } });
  w = await buildNotifyWorld(t);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(mailDir, { recursive: true, force: true });
});

test("an empty mailbox says so", async () => {
  const res = await t.http.get("/dev/mail?lang=en");
  expect(res.status).toBe(200);
  expect(res.text).toContain("No e-mails yet.");
});

test("lists the .eml files of MAIL_DIR with subject, recipient and time, and shows each (text escaped, HTML sandboxed)", async () => {
  await book(t, w.tokens.memberEn, w.sem, "2027-06-09", "10:00", "12:00", true);
  await dispatchOnce(t.db, t.clock, { publicUrl: "http://localhost:3000" });
  const mailer = createMailer({ mailFrom: "Equipment Share <no-reply@test.example>", mailDir });
  expect(await deliverOnce(t.db, t.clock, mailer)).toEqual({ sent: 2, failed: 0 });
  const list = await t.http.get("/dev/mail").set("accept-language", "ja");
  expect(list.status).toBe(200);
  expect(list.text).toContain("開発用メールボックス");
  expect(list.text).toContain("Booking confirmed: Electron microscope, Wed, 9 Jun 2027, 10:00–12:00 JST");
  expect(list.text).toContain(w.memberEn.email);
  expect(list.text).toContain("担当に割り当てられました");
  const link = list.text.match(/href="(\/dev\/mail\/[^"?]+)/)![1];
  const one = await t.http.get(`${link}?lang=en`);
  expect(one.status).toBe(200);
  expect(one.text).toMatch(/<iframe title="HTML" sandbox="" srcdoc="&lt;!doctype html&gt;/);
  expect(one.text).toContain("Calendar invitation</dt><dd>REQUEST");
});

test("a message with markup in it is shown as text; names outside the mailbox answer 404", async () => {
  fs.writeFileSync(
    path.join(mailDir, "evil@test.eml"),
    'From: x@test\r\nTo: y@test\r\nSubject: <script>alert(1)</script>\r\nContent-Type: text/plain\r\n\r\n<img src=x onerror="alert(2)">\r\n',
  );
  const list = await t.http.get("/dev/mail?lang=en");
  expect(list.text).not.toContain("<script>alert(1)");
  expect(list.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  const one = await t.http.get("/dev/mail/evil@test.eml");
  expect(one.text).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  expect(one.text).not.toContain("<img src=x");
  for (const name of ["..%2F..%2Fetc%2Fpasswd", "missing.eml", "notes.txt"]) expect((await t.http.get(`/dev/mail/${name}`)).status).toBe(404);
});

test("not served in production", async () => {
  const production = await createTestApp({ config: { mailDir, production: true } });
  try {
    expect((await production.http.get("/dev/mail")).status).toBe(404);
    expect((await production.http.get("/dev/mail/evil@test.eml")).status).toBe(404);
  } finally {
    await production.close();
  }
});
