import { registeredCaches } from "../../../server/platform/caches";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { sessionCache } from "../../../server/accounts/session-cache";
import { catalogueAnswers } from "../../../server/catalogue/catalogue-cache";

let t: TestApp;
beforeAll(async () => (t = await createTestApp()));
afterAll(() => t.close());

it("every data cache is declared with what it keeps and what keeps it true", () => {
  const caches = registeredCaches();
  expect(caches.map((c) => c.name).sort()).toEqual(["capability search index", "catalogue answers", "catalogue rows", "catalogue search index", "instrument snapshots", "rendered feeds", "sessions"]);
  for (const cache of caches) {
    expect(cache.keeps.length).toBeGreaterThan(10);
    expect(cache.invalidation.length).toBeGreaterThan(10);
  }
});

it("one instance per database handle, so a twin (another process) keeps its own", () => {
  expect(sessionCache(t.db)).toBe(sessionCache(t.db));
  const twin = t.db.twin();
  expect(sessionCache(twin)).not.toBe(sessionCache(t.db));
  expect(catalogueAnswers(twin)).not.toBe(catalogueAnswers(t.db));
});

it("a catalogue answer is kept from its second ask: one-off searches never fill the cache", async () => {
  const cache = catalogueAnswers(t.db);
  let computed = 0;
  const compute = async () => Buffer.from(`answer ${++computed}`);
  const ask = async (key: string) => (await cache.get(key, compute)).toString();
  expect(await ask("asked once")).toBe("answer 1");
  expect(await ask("asked again")).toBe("answer 2");
  expect(await ask("asked again")).toBe("answer 3");
  expect(await ask("asked again")).toBe("answer 3");
  expect(await ask("asked once")).toBe("answer 4");
  expect(await ask("asked once")).toBe("answer 4");
});
