import { IsNull } from "typeorm";
import { dispatchOnce } from "../../../server/notifications";
import { AuditEvent, MailOutbox, type Notification } from "../../../server/platform/db/entities";
import * as templates from "../../../server/notifications/templates";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { allNotifications, bearer, book, buildNotifyWorld, type NotifyWorld } from "./notify-world";

let t: TestApp;
let w: NotifyWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildNotifyWorld(t);
  await dispatchOnce(t.db, t.clock); // the world's own audit events, if any
});
afterAll(() => t.close());

/** Dispatches, then answers the notifications it wrote. */
async function dispatched(): Promise<Notification[]> {
  const before = (await allNotifications(t)).length;
  await dispatchOnce(t.db, t.clock);
  return (await allNotifications(t)).slice(before);
}
const summary = (items: Notification[]) => items.map((n) => [n.kind, n.userId]);

test("a confirmed booking with an operator: the company member is told, and the assigned staff member", async () => {
  const id = await book(t, w.tokens.memberEn, w.sem, "2027-06-09", "10:00", "12:00", true);
  const items = await dispatched();
  expect(summary(items)).toEqual([["booking_confirmed", w.memberEn.id], ["staff_assigned", w.staffJa.user.id]]);
  expect(items[0].title).toBe("Booking confirmed: Electron microscope, Wed, 9 Jun 2027, 10:00–12:00 JST");
  expect(items[0].reservationId).toBe(id);
  expect(items[1].title).toBe("担当に割り当てられました：電子顕微鏡 2027年6月9日(水) 10:00–12:00 JST");
});

test("a pending booking: the company member hears it was received, every staff member supporting the instrument is asked", async () => {
  await book(t, w.tokens.memberJa, w.tem, "2027-06-10", "10:00", "11:00");
  const items = await dispatched();
  expect(summary(items)).toEqual([["booking_pending", w.memberJa.id], ["staff_pending_booking", w.staffJa.user.id], ["staff_pending_booking", w.staffEn.user.id]]);
  expect(items[0].title).toMatch(/^予約を受け付けました（承認待ち）：透過電子顕微鏡 2027年6月10日\(木\) 10:00–11:00/);
  expect(items[2].body).toContain("awaits approval");
});

test("approved, rejected with the reason, cancelled by the facility with the reason", async () => {
  const approved = await book(t, w.tokens.memberEn, w.tem, "2027-06-11", "10:00", "11:00");
  const rejected = await book(t, w.tokens.memberEn, w.tem, "2027-06-11", "13:00", "14:00");
  const cancelled = await book(t, w.tokens.memberJa, w.sem, "2027-06-11", "10:00", "11:00");
  await dispatched();
  expect((await t.http.post(`/api/reservations/${approved}/approve`).set(bearer(w.tokens.staffEn)).send({})).status).toBe(200);
  expect((await t.http.post(`/api/reservations/${rejected}/reject`).set(bearer(w.tokens.staffEn)).send({ reason: "Sample not compatible" })).status).toBe(200);
  expect((await t.http.post(`/api/reservations/${cancelled}/cancel`).set(bearer(w.tokens.admin)).send({ reason: "装置の故障" })).status).toBe(200);
  const items = await dispatched();
  expect(summary(items)).toEqual([["booking_approved", w.memberEn.id], ["booking_rejected", w.memberEn.id], ["booking_cancelled_by_facility", w.memberJa.id]]);
  expect(items[1].body).toContain("Reason: Sample not compatible");
  expect(items[2].body).toContain("理由：装置の故障");
  expect(items[2].title).toMatch(/^施設により予約がキャンセルされました：電子顕微鏡/);
});

test("an operator booking left without staff: the company member and the institution's admins are told", async () => {
  const id = await book(t, w.tokens.memberEn, w.sem, "2027-06-14", "10:00", "11:00", true);
  await dispatched();
  const declined = await t.http.post(`/api/assistance-requests/${id}/decline`).set(bearer(w.tokens.staffJa)).send({ reason: "Away at a conference" });
  expect(declined.body.reservation.assistance.status).toBe("unstaffed");
  const items = await dispatched();
  expect(summary(items)).toEqual([["assistance_unstaffed", w.memberEn.id], ["admin_unstaffed", w.admin.id]]);
  expect(items[1].title).toMatch(/^担当職員のいない予約：電子顕微鏡/);
});

test("a cancelled booking: the booker is told (their calendar drops it), and the staff member assigned to it, whoever cancelled", async () => {
  const byCompany = await book(t, w.tokens.memberEn, w.sem, "2027-06-16", "10:00", "11:00", true);
  const byFacility = await book(t, w.tokens.memberJa, w.sem, "2027-06-16", "13:00", "14:00", true);
  await dispatched();
  expect((await t.http.post(`/api/reservations/${byCompany}/cancel`).set(bearer(w.tokens.memberEn)).send({})).status).toBe(200);
  expect((await t.http.post(`/api/reservations/${byFacility}/cancel`).set(bearer(w.tokens.admin)).send({ reason: "停電" })).status).toBe(200);
  const items = await dispatched();
  expect(summary(items)).toEqual([["booking_cancelled", w.memberEn.id], ["staff_booking_cancelled", w.staffJa.user.id], ["booking_cancelled_by_facility", w.memberJa.id], ["staff_booking_cancelled", w.staffJa.user.id]]);
  expect(items[1].title).toMatch(/^担当の予約がキャンセルされました：電子顕微鏡 2027年6月16日/);
  expect(items[3].body).toContain("理由：停電");
});

test("every event is handled once: each notification has its e-mail, and dispatching again writes nothing", async () => {
  expect(await dispatchOnce(t.db, t.clock)).toBe(0);
  expect(await t.db.manager.getRepository(AuditEvent).countBy({ notifiedAt: IsNull() })).toBe(0);
  const notifications = await allNotifications(t);
  const outbox = await t.db.manager.getRepository(MailOutbox).find({ order: { id: "ASC" } });
  expect(outbox.map((m) => m.subject)).toEqual(notifications.map((n) => n.title));
  expect(new Set(outbox.map((m) => m.messageId)).size).toBe(outbox.length);
  expect(outbox.every((m) => m.status === "pending" && m.attempts === 0)).toBe(true);
});

test("an event whose messages cannot be written is skipped and reported, without holding back the others", async () => {
  const first = await book(t, w.tokens.memberEn, w.sem, "2027-06-15", "10:00", "11:00");
  await book(t, w.tokens.memberJa, w.sem, "2027-06-15", "13:00", "14:00");
  const render = jest.spyOn(templates, "renderMessage").mockImplementationOnce(() => {
    throw new Error("template bug");
  });
  const errors: number[] = [];
  const before = (await allNotifications(t)).length;
  expect(await dispatchOnce(t.db, t.clock, { onError: (event) => errors.push(event.entityId) })).toBe(2);
  render.mockRestore();
  expect(errors).toEqual([first]);
  expect(summary((await allNotifications(t)).slice(before))).toEqual([["booking_confirmed", w.memberJa.id]]);
  expect((await allNotifications(t)).filter((n) => n.reservationId === first)).toEqual([]);
  expect((await t.db.manager.getRepository(MailOutbox).find()).filter((m) => m.subject.includes("2027年6月15日"))).toHaveLength(1);
});
