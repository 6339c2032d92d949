import { dispatchOnce } from "../../../server/notifications";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { allNotifications, bearer, book, buildNotifyWorld, type NotifyWorld } from "./notify-world";

/** A confirmed operator booking that lost its operator is a warning in the calendar event, and raised at once. */
let t: TestApp;
let w: NotifyWorld;
let id: number;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildNotifyWorld(t);
  id = await book(t, w.tokens.memberEn, w.sem, "2027-06-09", "10:00", "12:00", true);
  await dispatchOnce(t.db, t.clock);
  const declined = await t.http.post(`/api/assistance-requests/${id}/decline`).set(bearer(w.tokens.staffJa)).send({ reason: "Away" });
  expect(declined.body.reservation.assistance.status).toBe("unstaffed");
});
afterAll(() => t.close());

test("the reservation's calendar event says it has no staff yet, in the summary and the description (en and ja)", async () => {
  const en = await t.http.get(`/api/reservations/${id}/ics`).set(bearer(w.tokens.memberEn));
  expect(en.status).toBe(200);
  expect(en.text).toContain("SUMMARY:[No staff yet] Electron microscope");
  expect(en.text.replace(/\r\n /g, "")).toContain("Staff: Not assigned: the facility is arranging it");
  const ja = await t.http.get(`/api/reservations/${id}/ics`).set(bearer(w.tokens.admin));
  expect(ja.text).toContain("SUMMARY:【担当未定】電子顕微鏡");
});

test("the company and the institution's admins are told in the next dispatch", async () => {
  const before = (await allNotifications(t)).length;
  await dispatchOnce(t.db, t.clock);
  const items = (await allNotifications(t)).slice(before);
  expect(items.map((n) => [n.kind, n.userId, n.reservationId])).toEqual([["assistance_unstaffed", w.memberEn.id, id], ["admin_unstaffed", w.admin.id, id]]);
});

test("a staffed booking's event has no warning", async () => {
  const staffed = await book(t, w.tokens.memberEn, w.sem, "2027-06-10", "10:00", "12:00", true);
  const res = await t.http.get(`/api/reservations/${staffed}/ics`).set(bearer(w.tokens.memberEn));
  expect(res.text).not.toContain("No staff yet");
});
