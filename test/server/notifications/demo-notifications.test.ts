import { dispatchOnce } from "../../../server/notifications";
import { Notification, User } from "../../../server/platform/db/entities";
import { seedDemoIfEmpty } from "../../../server/seed";
import { DEMO_PASSWORD } from "../../../server/seed/demo-data";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  await seedDemoIfEmpty(t.db, t.clock.now());
});
afterAll(() => t.close());

test("on first start the demo's bookings give a few notifications, so the bell shows something", async () => {
  expect(await dispatchOnce(t.db, t.clock)).toBeGreaterThanOrEqual(5);
  const byUser = async (email: string) => {
    const user = await t.db.manager.getRepository(User).findOneByOrFail({ email });
    // The desk's consultation and quote notices come later in the trail (within one step on PostgreSQL's larger batch).
    const kinds = (await t.db.manager.getRepository(Notification).findBy({ userId: user.id })).map((n) => n.kind);
    return kinds.filter((k) => !k.startsWith("consultation_") && !k.startsWith("quote_")).sort();
  };
  expect(await byUser("sme@demo.example")).toEqual(["booking_confirmed"]);
  expect(await byUser("sme2@demo.example")).toEqual(["assistance_unstaffed", "booking_confirmed", "booking_confirmed", "booking_pending"]);
  // staff@ is assigned to the pending TEM booking: one message per person and event, the assignment.
  expect(await byUser("staff@demo.example")).toEqual(["staff_assigned", "staff_assigned"]);
  expect(await byUser("facility-admin@demo.example")).toEqual(["admin_unstaffed"]);
  const login = await t.http.post("/api/auth/login").send({ email: "sme2@demo.example", password: DEMO_PASSWORD });
  const inbox = await t.http.get("/api/notifications").set({ authorization: `Bearer ${login.body.token}` });
  expect(inbox.body.unread).toBeGreaterThanOrEqual(4);
});
