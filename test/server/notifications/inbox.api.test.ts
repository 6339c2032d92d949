import { dispatchOnce } from "../../../server/notifications";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { bearer, book, buildNotifyWorld, type NotifyWorld } from "./notify-world";

let t: TestApp;
let w: NotifyWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildNotifyWorld(t);
  await book(t, w.tokens.memberEn, w.sem, "2027-06-09", "10:00", "11:00", true);
  await book(t, w.tokens.memberEn, w.tem, "2027-06-09", "13:00", "14:00");
  await book(t, w.tokens.memberJa, w.tem, "2027-06-10", "13:00", "14:00");
  await dispatchOnce(t.db, t.clock);
});
afterAll(() => t.close());

const inbox = (token: string, query = "") => t.http.get(`/api/notifications${query}`).set(bearer(token));

test("each role sees only their own notifications, newest first, with the unread count", async () => {
  const mine = await inbox(w.tokens.memberEn);
  expect(mine.status).toBe(200);
  expect(mine.body).toMatchObject({ unread: 2, total: 2, page: 1, pageSize: 20 });
  expect(mine.body.items.map((n: { kind: string }) => n.kind)).toEqual(["booking_pending", "booking_confirmed"]);
  expect(mine.body.items[1]).toEqual({
    id: expect.any(Number), kind: "booking_confirmed", title: expect.stringContaining("Electron microscope"), body: expect.any(String),
    reservationId: expect.any(Number), createdAt: "2027-06-07T00:00:00.000Z", readAt: null,
  });
  expect((await inbox(w.tokens.staffJa)).body.items.map((n: { kind: string }) => n.kind)).toEqual(["staff_pending_booking", "staff_pending_booking", "staff_assigned"]);
  expect((await inbox(w.tokens.staffEn)).body.total).toBe(2);
  expect((await inbox(w.tokens.memberJa)).body.items[0].title).toMatch(/^予約を受け付けました/);
  expect((await inbox(w.tokens.admin)).body).toMatchObject({ items: [], unread: 0, total: 0 });
});

test("pages and the unread filter", async () => {
  const first = await inbox(w.tokens.staffJa, "?page=1&pageSize=2");
  const second = await inbox(w.tokens.staffJa, "?page=2&pageSize=2");
  expect(first.body.items).toHaveLength(2);
  expect(second.body.items).toHaveLength(1);
  expect(second.body).toMatchObject({ total: 3, unread: 3, page: 2, pageSize: 2 });
});

test("marking one read, then all; another user's notification answers 404", async () => {
  const [newest, older] = (await inbox(w.tokens.staffJa)).body.items as { id: number }[];
  t.clock.advance(60_000);
  const read = await t.http.post(`/api/notifications/${older.id}/read`).set(bearer(w.tokens.staffJa));
  expect(read.status).toBe(200);
  expect(read.body).toMatchObject({ notification: { id: older.id, readAt: "2027-06-07T00:01:00.000Z" }, unread: 2 });
  expect((await inbox(w.tokens.staffJa, "?unread=true")).body.items.map((n: { id: number }) => n.id)).not.toContain(older.id);
  expect((await t.http.post(`/api/notifications/${newest.id}/read`).set(bearer(w.tokens.staffEn))).status).toBe(404);
  expect((await t.http.post(`/api/notifications/${newest.id}/read`).set(bearer(w.tokens.memberEn))).body.error.code).toBe("not_found");
  expect((await inbox(w.tokens.staffJa)).body.unread).toBe(2);
  const all = await t.http.post("/api/notifications/read-all").set(bearer(w.tokens.staffJa));
  expect(all.body).toEqual({ unread: 0 });
  expect((await inbox(w.tokens.staffJa, "?unread=true")).body).toMatchObject({ items: [], unread: 0, total: 0 });
  expect((await inbox(w.tokens.staffEn)).body.unread).toBe(2);
});

test("refused: unauthenticated 401, bad query or id 400, unknown id 404, all with the error body", async () => {
  const cases: Array<[() => ReturnType<typeof inbox>, number, string]> = [
    [() => t.http.get("/api/notifications"), 401, "unauthenticated"],
    [() => t.http.post("/api/notifications/read-all"), 401, "unauthenticated"],
    [() => t.http.post("/api/notifications/1/read"), 401, "unauthenticated"],
    [() => inbox(w.tokens.memberEn, "?unread=maybe"), 400, "validation_failed"],
    [() => inbox(w.tokens.memberEn, "?pageSize=1000"), 400, "validation_failed"],
    [() => inbox(w.tokens.memberEn, "?page=0"), 400, "validation_failed"],
    [() => t.http.post("/api/notifications/abc/read").set(bearer(w.tokens.memberEn)), 400, "validation_failed"],
    [() => t.http.post("/api/notifications/999999/read").set(bearer(w.tokens.memberEn)), 404, "not_found"],
  ];
  for (const [call, status, code] of cases) {
    const res = await call();
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
    expect(typeof res.body.error.message).toBe("string");
  }
});
