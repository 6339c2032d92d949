import { dispatchOnce } from "../../../server/notifications";
import { Company, MailOutbox } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { allNotifications, bearer, book, buildNotifyWorld, type NotifyWorld } from "./notify-world";

let t: TestApp;
let w: NotifyWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildNotifyWorld(t);
});
afterAll(() => t.close());

const URL = "/api/me/notification-settings";
const get = (token: string) => t.http.get(URL).set(bearer(token));
const put = (token: string, body: unknown) => t.http.put(URL).set(bearer(token)).send(body as object);

describe("GET and PUT /api/me/notification-settings", () => {
  test("defaults: every kind by e-mail, reminders 24 h and 2 h before, no agenda, no digest, not colleagues' bookings", async () => {
    const res = await get(w.tokens.memberJa);
    expect(res.status).toBe(200);
    expect(res.body.settings).toMatchObject({ reminderLeadMinutes: [1440, 120], agendaTime: null, weeklyDigest: false, colleagueBookings: false });
    expect(res.body.settings.email.booking_confirmed).toBe(true);
    expect(res.body.settings.required).toEqual(["booking_rejected", "booking_cancelled_by_facility", "assistance_unstaffed"]);
    expect(res.body.settings.kinds).toContain("booking_approved");
  });

  test("a company member saves e-mail kinds, reminders and colleagues' bookings; another user keeps their own", async () => {
    const res = await put(w.tokens.memberEn, { email: { booking_confirmed: false }, reminderLeadMinutes: [60, 2880], colleagueBookings: true });
    expect(res.status).toBe(200);
    expect(res.body.settings).toMatchObject({ reminderLeadMinutes: [2880, 60], colleagueBookings: true });
    expect(res.body.settings.email.booking_confirmed).toBe(false);
    expect((await get(w.tokens.memberEn)).body.settings.email.booking_confirmed).toBe(false);
    expect((await get(w.tokens.memberJa)).body.settings).toMatchObject({ colleagueBookings: false, reminderLeadMinutes: [1440, 120] });
    expect((await put(w.tokens.memberEn, { email: { booking_confirmed: true } })).body.settings).toMatchObject({ reminderLeadMinutes: [2880, 60] });
  });

  test("staff choose a daily agenda time; admins the weekly digest", async () => {
    expect((await put(w.tokens.staffJa, { agendaTime: "07:30" })).body.settings.agendaTime).toBe("07:30");
    expect((await put(w.tokens.admin, { weeklyDigest: true, agendaTime: "08:00" })).body.settings).toMatchObject({ weeklyDigest: true, agendaTime: "08:00" });
    expect((await put(w.tokens.staffJa, { agendaTime: null })).body.settings.agendaTime).toBeNull();
  });

  test.each([
    ["an unknown kind", "memberJa", { email: { booking_teleported: false } }, "email"],
    ["switching off a rejection", "memberJa", { email: { booking_rejected: false } }, "email.booking_rejected"],
    ["switching off a facility cancellation", "memberJa", { email: { booking_cancelled_by_facility: false } }, "email.booking_cancelled_by_facility"],
    ["a reminder 5 minutes before", "memberJa", { reminderLeadMinutes: [5] }, "reminderLeadMinutes.0"],
    ["a reminder 8 days before", "memberJa", { reminderLeadMinutes: [8 * 1440] }, "reminderLeadMinutes.0"],
    ["four reminders", "memberJa", { reminderLeadMinutes: [60, 120, 180, 240] }, "reminderLeadMinutes"],
    ["the same reminder twice", "memberJa", { reminderLeadMinutes: [60, 60] }, "reminderLeadMinutes"],
    ["an agenda at 25:00", "staffJa", { agendaTime: "25:00" }, "agendaTime"],
    ["an unknown setting", "memberJa", { sms: true }, ""],
    ["an agenda for a company member", "memberJa", { agendaTime: "08:00" }, "agendaTime"],
    ["a digest for staff", "staffEn", { weeklyDigest: true }, "weeklyDigest"],
    ["colleagues' bookings for an admin", "admin", { colleagueBookings: true }, "colleagueBookings"],
  ] as const)("%s → 400 with the error body, nothing saved", async (_, who, body, path) => {
    const before = (await get(w.tokens[who])).body.settings;
    const res = await put(w.tokens[who], { colleagueBookings: false, ...body });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect((await get(w.tokens[who])).body.settings).toEqual(before);
  });

  test("signed out → 401", async () => {
    expect((await t.http.get(URL)).status).toBe(401);
    expect((await t.http.put(URL).send({ weeklyDigest: true })).status).toBe(401);
  });
});

describe("the dispatcher follows them", () => {
  test("a kind switched off by e-mail still reaches the inbox; a colleague who opted in hears of the booking; required kinds are mailed", async () => {
    await put(w.tokens.memberEn, { email: { booking_confirmed: false, booking_approved: false }, colleagueBookings: false });
    const company = await t.db.manager.getRepository(Company).findOneByOrFail({ id: w.memberEn.companyId! });
    const colleague = await t.make.companyMember(company, { locale: "ja" });
    const other = await t.make.companyMember(undefined, { locale: "ja" });
    for (const user of [colleague, other]) expect((await put(await t.login(user.email), { colleagueBookings: true })).status).toBe(200);
    await dispatchOnce(t.db, t.clock);
    const before = (await allNotifications(t)).length;
    const mailsBefore = await t.db.manager.getRepository(MailOutbox).count();
    const id = await book(t, w.tokens.memberEn, w.sem, "2027-06-09", "10:00", "12:00");
    const rejected = await book(t, w.tokens.memberEn, w.tem, "2027-06-10", "10:00", "12:00");
    expect((await t.http.post(`/api/reservations/${rejected}/reject`).set(bearer(w.tokens.staffJa)).send({ reason: "Beam down" })).status).toBe(200);
    await dispatchOnce(t.db, t.clock);
    const items = (await allNotifications(t)).slice(before).filter((n) => [w.memberEn.id, colleague.id, other.id].includes(n.userId));
    expect(items.map((n) => [n.kind, n.userId, n.reservationId])).toEqual([
      ["booking_confirmed", w.memberEn.id, id], ["booking_confirmed", colleague.id, id],
      ["booking_pending", w.memberEn.id, rejected], ["booking_pending", colleague.id, rejected],
      ["booking_rejected", w.memberEn.id, rejected], ["booking_rejected", colleague.id, rejected],
    ]);
    const mails = (await t.db.manager.getRepository(MailOutbox).find({ order: { id: "ASC" } })).slice(mailsBefore);
    const to = (email: string) => mails.filter((m) => m.recipient === email).map((m) => m.subject.split(":")[0].split("：")[0]);
    expect(to(w.memberEn.email)).toEqual(["Booking received, awaiting approval", "Booking rejected"]);
    expect(to(other.email)).toEqual([]);
    expect(to(colleague.email)).toEqual(["予約が確定しました", "予約を受け付けました（承認待ち）", "予約は承認されませんでした"]);
  });
});
