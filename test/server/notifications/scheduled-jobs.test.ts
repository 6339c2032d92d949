import { dispatchOnce, scheduleOnce } from "../../../server/notifications";
import { MailOutbox } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { bearer, book, buildNotifyWorld, type NotifyWorld } from "./notify-world";

/** The time-driven e-mails of facility people: urgent unstaffed warnings, the staff agenda, the admins' digest. */
let t: TestApp;
let w: NotifyWorld;
beforeAll(async () => {
  t = await createTestApp(); // Monday 2027-06-07 09:00 JST
  w = await buildNotifyWorld(t);
});
afterAll(() => t.close());

const mails = async (prefix: string) => (await t.db.manager.getRepository(MailOutbox).find({ order: { id: "ASC" } })).filter((m) => m.messageId.startsWith(`<${prefix}-`));
const runAt = (instant: string) => {
  t.clock.set(instant);
  return scheduleOnce(t.db, t.clock, { publicUrl: "https://es.test" });
};

test("an operator booking left without staff is urgent for the admins from 48 hours before, once", async () => {
  const id = await book(t, w.tokens.memberEn, w.sem, "2027-06-09", "10:00", "12:00", true); // 01:00Z on the 9th
  expect((await t.http.post(`/api/assistance-requests/${id}/decline`).set(bearer(w.tokens.staffJa)).send({ reason: "Away" })).status).toBe(200);
  await dispatchOnce(t.db, t.clock);
  await runAt("2027-06-07T00:59:00Z");
  expect(await mails("urgent-unstaffed")).toHaveLength(0);
  await runAt("2027-06-07T01:00:00Z");
  await runAt("2027-06-07T02:00:00Z");
  const urgent = await mails("urgent-unstaffed");
  expect(urgent.map((m) => [m.recipient, m.subject])).toEqual([[w.admin.email, "【至急】48時間以内の予約に担当職員がいません：電子顕微鏡 2027年6月9日(水) 10:00–12:00 JST"]]);
  expect(urgent[0].text).toContain(`https://es.test/reservations/${id}`);
});

test("a staff member's agenda at their chosen local time, once a day, listing that day's sessions", async () => {
  expect((await t.http.put("/api/me/notification-settings").set(bearer(w.tokens.staffJa)).send({ agendaTime: "07:30" })).status).toBe(200);
  await book(t, w.tokens.memberJa, w.sem, "2027-06-10", "14:00", "15:00", true);
  await runAt("2027-06-09T22:29:00Z"); // 07:29 on Thursday the 10th in Tokyo
  const before = (await mails("agenda")).length;
  await runAt("2027-06-09T22:30:00Z");
  await runAt("2027-06-09T23:30:00Z");
  const agendas = (await mails("agenda")).slice(before);
  expect(agendas.map((m) => [m.recipient, m.subject])).toEqual([[w.staffJa.user.email, "本日の予定 2027年6月10日(木)：1件（最初：電子顕微鏡 14:00）"]]);
  expect(agendas[0].text).toContain("2027年6月10日(木) 14:00–15:00 JST 電子顕微鏡");
  expect(agendas[0].text).toContain("https://es.test/settings/notifications");
});

test("an admin who opted in gets the pending approvals on Monday from 08:00 local time, once a week", async () => {
  await book(t, w.tokens.memberJa, w.tem, "2027-06-17", "10:00", "11:00");
  expect((await t.http.put("/api/me/notification-settings").set(bearer(w.tokens.admin)).send({ weeklyDigest: true })).status).toBe(200);
  await runAt("2027-06-13T22:59:00Z"); // Monday the 14th, 07:59 in Tokyo
  const before = (await mails("digest")).length;
  await runAt("2027-06-13T23:00:00Z");
  await runAt("2027-06-14T05:00:00Z");
  const digests = (await mails("digest")).slice(before);
  expect(digests.map((m) => [m.recipient, m.subject])).toEqual([[w.admin.email, "週次ダイジェスト（2027年6月14日(月)の週）：承認待ち 1件"]]);
  expect(digests[0].text).toContain("透過電子顕微鏡");
});
