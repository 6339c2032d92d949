import { dispatchOnce, scheduleOnce } from "../../../server/notifications";
import { dueLead, reminderMoment } from "../../../server/notifications/reminders";
import { MailOutbox } from "../../../server/platform/db/entities";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";
import { bearer } from "./notify-world";

const BERLIN = "Europe/Berlin";

describe("the moment of a reminder, in the institution's zone", () => {
  // Berlin moves its clocks forward on Sunday 28 March 2027 (02:00 → 03:00).
  const session = new Date(at("2027-03-29T10:00", BERLIN));
  test("whole days keep the local time of day across the clock change (47 h for two days); hours are exact", () => {
    expect(new Date(reminderMoment(session, 2 * 1440, BERLIN)).toISOString()).toBe("2027-03-27T09:00:00.000Z");
    expect((session.getTime() - reminderMoment(session, 2 * 1440, BERLIN)) / 3600_000).toBe(47);
    expect(new Date(reminderMoment(session, 120, BERLIN)).toISOString()).toBe("2027-03-29T06:00:00.000Z");
    expect(new Date(reminderMoment(session, 1440, "Asia/Tokyo")).toISOString()).toBe("2027-03-28T08:00:00.000Z");
  });
  test("only the latest due reminder, and none for a moment before the booking existed", () => {
    const r = { startsAt: session, createdAt: new Date("2027-03-01T00:00:00Z") };
    expect(dueLead([2880, 120], r, BERLIN, Date.parse("2027-03-27T08:59:59Z"))).toBeNull();
    expect(dueLead([2880, 120], r, BERLIN, Date.parse("2027-03-27T09:00:00Z"))).toBe(2880);
    expect(dueLead([2880, 120], r, BERLIN, Date.parse("2027-03-29T07:00:00Z"))).toBe(120);
    expect(dueLead([2880, 120], { ...r, createdAt: new Date("2027-03-28T00:00:00Z") }, BERLIN, Date.parse("2027-03-28T12:00:00Z"))).toBeNull();
  });
});

describe("reminders through the scheduler (controllable clock, a Berlin institution)", () => {
  let t: TestApp;
  let memberToken: string;
  let email: string;
  beforeAll(async () => {
    t = await createTestApp({ now: "2027-03-01T00:00:00Z" });
    const institution = await t.make.institution({ timezone: BERLIN, nameEn: "Berlin Lab", nameJa: "ベルリン研究所" });
    const instrument = await t.make.instrument(institution, { nameEn: "Raman microscope", nameJa: "ラマン顕微鏡" });
    const member = await t.make.companyMember(undefined, { locale: "en" });
    await t.make.qualification(member, instrument);
    email = member.email;
    memberToken = await t.login(member.email);
    expect((await t.http.put("/api/me/notification-settings").set(bearer(memberToken)).send({ reminderLeadMinutes: [2880, 120] })).status).toBe(200);
    const res = await t.http.post("/api/reservations").set(bearer(memberToken)).send({
      instrumentId: instrument.id, start: at("2027-03-29T10:00", BERLIN), end: at("2027-03-29T12:00", BERLIN), purpose: "Spectra",
    });
    expect(res.status).toBe(201);
    await dispatchOnce(t.db, t.clock);
  });
  afterAll(() => t.close());

  const reminders = async () => (await t.db.manager.getRepository(MailOutbox).find({ order: { id: "ASC" } })).filter((m) => m.messageId.startsWith("<reminder-"));
  const runAt = async (instant: string) => {
    t.clock.set(instant);
    return scheduleOnce(t.db, t.clock, { publicUrl: "https://es.test" });
  };

  test("nothing a second early; at 10:00 Berlin time two days before (47 h across the change) one reminder, once", async () => {
    expect(await runAt("2027-03-27T08:59:00Z")).toBe(0);
    expect(await reminders()).toHaveLength(0);
    const [first, second] = await Promise.all([runAt("2027-03-27T09:00:00Z"), scheduleOnce(t.db.twin(), t.clock)]);
    expect(first + second).toBe(1);
    expect(await runAt("2027-03-27T09:01:00Z")).toBe(0);
    const sent = await reminders();
    expect(sent.map((m) => [m.recipient, m.subject])).toEqual([[email, "Reminder: Raman microscope, Mon, 29 Mar 2027, 10:00–12:00 UTC+02:00"]]);
    expect(sent[0].text).toContain("https://es.test/settings/notifications");
  });

  test("the 2-hour reminder at 08:00 local time, once; nothing after the session starts", async () => {
    expect(await runAt("2027-03-29T05:59:00Z")).toBe(0);
    expect(await runAt("2027-03-29T06:00:00Z")).toBe(1);
    expect(await runAt("2027-03-29T07:30:00Z")).toBe(0);
    expect(await runAt("2027-03-29T08:30:00Z")).toBe(0);
    expect(await reminders()).toHaveLength(2);
  });
});

describe("reminders to colleagues who follow the company's bookings", () => {
  let t: TestApp;
  const people: Record<"booker" | "follower" | "quiet" | "gone" | "outsider", string> = { booker: "", follower: "", quiet: "", gone: "", outsider: "" };
  beforeAll(async () => {
    t = await createTestApp({ now: "2027-06-01T00:00:00Z" });
    const institution = await t.make.institution();
    const instrument = await t.make.instrument(institution);
    const company = await t.make.company();
    const other = await t.make.company();
    const booker = await t.make.companyMember(company);
    const follower = await t.make.companyMember(company);
    const quiet = await t.make.companyMember(company);
    const gone = await t.make.companyMember(company);
    const outsider = await t.make.companyMember(other);
    Object.assign(people, { booker: booker.email, follower: follower.email, quiet: quiet.email, gone: gone.email, outsider: outsider.email });
    for (const [user, body] of [[follower, { colleagueBookings: true, reminderLeadMinutes: [60] }], [gone, { colleagueBookings: true }], [outsider, { colleagueBookings: true }]] as const) {
      expect((await t.http.put("/api/me/notification-settings").set(bearer(await t.login(user.email))).send(body)).status).toBe(200);
    }
    await t.db.write((em) => em.getRepository("User").update(gone.id, { active: false }));
    await t.make.qualification(booker, instrument);
    const res = await t.http.post("/api/reservations").set(bearer(await t.login(booker.email))).send({
      instrumentId: instrument.id, start: at("2027-06-10T10:00"), end: at("2027-06-10T12:00"), purpose: "Spectra",
    });
    expect(res.status).toBe(201);
  });
  afterAll(() => t.close());

  const recipients = async () => (await t.db.manager.getRepository(MailOutbox).find({ order: { id: "ASC" } }))
    .filter((m) => m.messageId.startsWith("<reminder-")).map((m) => m.recipient);
  const runAt = async (instant: string) => {
    t.clock.set(instant);
    return scheduleOnce(t.db, t.clock);
  };

  test("each person at their own lead time, once; not the inactive, not the quiet, not another company's", async () => {
    expect(await runAt(at("2027-06-09T10:00"))).toBe(1);
    expect(await recipients()).toEqual([people.booker]);
    expect(await runAt(at("2027-06-09T10:01"))).toBe(0);
    expect(await runAt(at("2027-06-10T08:00"))).toBe(1);
    expect(await runAt(at("2027-06-10T09:00"))).toBe(1);
    expect(await runAt(at("2027-06-10T09:30"))).toBe(0);
    expect(await recipients()).toEqual([people.booker, people.booker, people.follower]);
  });
});
