import { Consultation } from "../../../server/platform/db/entities";
import { seedDemoIfEmpty } from "../../../server/seed/demo";
import { DEMO_PASSWORD } from "../../../server/seed/demo-data";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  expect(await seedDemoIfEmpty(t.db, t.clock.now())).toBe(true);
});
afterAll(() => t.close());

test("the demo has consultations in each state of the desk, with threads", async () => {
  const rows = await t.db.manager.getRepository(Consultation).find();
  expect(new Set(rows.map((c) => c.status))).toEqual(new Set(["received", "routed", "assigned", "answered", "closed"]));
  const token = await t.login("coordinator@demo.example", DEMO_PASSWORD);
  const list = await t.http.get("/api/consultations").set({ authorization: `Bearer ${token}` });
  expect(list.body.total).toBe(rows.length);
});
