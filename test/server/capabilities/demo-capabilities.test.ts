import { seedDemoIfEmpty } from "../../../server/seed/demo";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date().toISOString() });
  expect(await seedDemoIfEmpty(t.db, t.clock.now(), {})).toBe(true);
});
afterAll(() => t.close());

test("every demo institution publishes three or more capabilities, each linked to its own instruments", async () => {
  const { body } = await t.http.get("/api/capabilities").query({ pageSize: 100 });
  const byInstitution = new Map<number, number>();
  for (const capability of body.items) byInstitution.set(capability.institutionId, (byInstitution.get(capability.institutionId) ?? 0) + 1);
  expect(byInstitution.size).toBe(4);
  for (const count of byInstitution.values()) expect(count).toBeGreaterThanOrEqual(3);
  for (const capability of body.items) expect(capability.instruments.length).toBeGreaterThan(0);
});

test("the demo directory answers needs in either language", async () => {
  const crystal = await t.http.get("/api/capabilities").query({ q: "結晶構造" }).set("accept-language", "ja");
  expect(crystal.body.items[0].titleEn).toBe("Crystal structure analysis of thin films and powders");
  const cracks = await t.http.get("/api/capabilities").query({ q: "cracks in a coating" });
  expect(cracks.body.items[0].titleEn).toBe("Failure analysis of metal and plated parts");
});
