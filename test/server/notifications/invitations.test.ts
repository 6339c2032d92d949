import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { deliverOnce, dispatchOnce } from "../../../server/notifications";
import { createMailer } from "../../../server/platform/mailer";
import { parseCalendar } from "../../helpers/ical";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { bearer, book, buildNotifyWorld, type NotifyWorld } from "./notify-world";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

/** Booking e-mails carry iTIP invitations with the feed's UID and a growing SEQUENCE, read back with ical.js. */
const PUBLIC_URL = "https://es.invite.example";
let t: TestApp;
let w: NotifyWorld;
let sink: SmtpSink;
beforeAll(async () => {
  t = await createTestApp({ config: { publicUrl: PUBLIC_URL } });
  w = await buildNotifyWorld(t);
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await t.close();
});

/** Dispatches and delivers through the real SMTP server; answers the messages that arrived. */
async function sendAll(): Promise<ParsedMail[]> {
  const from = sink.messages.length;
  await dispatchOnce(t.db, t.clock, { publicUrl: PUBLIC_URL, organizer: "Equipment Share <no-reply@invite.example>" });
  const mailer = createMailer({ smtpUrl: sink.url, mailFrom: "Equipment Share <no-reply@invite.example>", mailDir: "/nonexistent" });
  await deliverOnce(t.db, t.clock, mailer);
  mailer.close();
  return sink.messages.slice(from);
}

/** The text/calendar part of a message, parsed by ical.js. */
function invitation(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType === "text/calendar") ?? null;
  const raw = part ? part.content.toString("utf8") : (mail as ParsedMail & { textAsCalendar?: string }).textAsCalendar;
  if (!raw) throw new Error(`no text/calendar part in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(raw));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: String(calendar.getFirstPropertyValue("method")),
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: String(event.getFirstPropertyValue("status")),
    attendee: String(event.getFirstPropertyValue("attendee")),
    /** The MIME part's own `method` parameter (text/calendar; method=REQUEST). */
    partMethod: part ? String((part.headers.get("content-type") as { params?: { method?: string } } | undefined)?.params?.method ?? "").toUpperCase() : "",
  };
}

const to = (mails: ParsedMail[], email: string) => mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0].address === email);

test("booked → REQUEST, approved → REQUEST with a higher SEQUENCE, cancelled by the facility → CANCEL higher still; the UID is the feed's", async () => {
  const feed = await t.http.post("/api/calendar/feeds").set(bearer(w.tokens.memberJa)).send({ kind: "user" });
  expect(feed.status).toBe(201);
  const id = await book(t, w.tokens.memberJa, w.tem, "2027-06-10", "10:00", "11:00");
  const [received] = to(await sendAll(), w.memberJa.email);
  expect((await t.http.post(`/api/reservations/${id}/approve`).set(bearer(w.tokens.staffJa)).send({})).status).toBe(200);
  const [approved] = to(await sendAll(), w.memberJa.email);
  expect((await t.http.post(`/api/reservations/${id}/cancel`).set(bearer(w.tokens.admin)).send({ reason: "停電" })).status).toBe(200);
  const [cancelled] = to(await sendAll(), w.memberJa.email);

  const polled = await t.http.get(new URL(feed.body.feed.url).pathname);
  const feedUid = parseCalendar(polled.text).events.find((e) => e.uid.startsWith(`reservation-${id}@`))!.uid;
  expect(feedUid).toBe(`reservation-${id}@es.invite.example`);

  const invites = [received, approved, cancelled].map(invitation);
  expect(invites.map((i) => i.method)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
  expect(invites.map((i) => i.uid)).toEqual([feedUid, feedUid, feedUid]);
  expect(invites[1].sequence).toBeGreaterThan(invites[0].sequence);
  expect(invites[2].sequence).toBeGreaterThan(invites[1].sequence);
  expect(invites.map((i) => i.status)).toEqual(["TENTATIVE", "CONFIRMED", "CANCELLED"]);
  expect(invites[0].attendee.toLowerCase()).toBe(`mailto:${w.memberJa.email}`);
  expect(invites.map((i) => i.partMethod)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
  expect(parseCalendar(polled.text).events.find((e) => e.uid === feedUid)!.sequence).toBe(invites[2].sequence);
});

test("the company's own cancellation is a CANCEL to the booker; the assigned staff member gets REQUEST then CANCEL", async () => {
  const id = await book(t, w.tokens.memberEn, w.sem, "2027-06-11", "10:00", "12:00", true);
  const booked = await sendAll();
  expect((await t.http.post(`/api/reservations/${id}/cancel`).set(bearer(w.tokens.memberEn)).send({})).status).toBe(200);
  const cancelled = await sendAll();
  expect(invitation(to(booked, w.staffJa.user.email)[0])).toMatchObject({ method: "REQUEST", uid: `reservation-${id}@es.invite.example` });
  expect(invitation(to(cancelled, w.staffJa.user.email)[0])).toMatchObject({ method: "CANCEL" });
  const own = to(cancelled, w.memberEn.email)[0];
  expect(own.subject).toMatch(/^Booking cancelled: Electron microscope/);
  expect(invitation(own)).toMatchObject({ method: "CANCEL", uid: `reservation-${id}@es.invite.example` });
});
