import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const institution = await t.make.institution();
  await t.make.instrument(institution, { nameJa: "粉末X線回折装置", nameEn: "Powder X-ray diffractometer", category: "xray_diffraction", keywords: ["XRD"] });
  for (let i = 0; i < 3; i++) await t.make.instrument(institution, { nameJa: `卓上SEM ${i}`, nameEn: `Tabletop SEM ${i}`, category: "electron_microscopy", keywords: ["SEM"] });
});
afterAll(() => t.close());

test("a query that finds little answers the closest known terms (thesaurus and instrument names)", async () => {
  const typo = await t.http.get("/api/instruments").query({ q: "cristal structure", lang: "en" });
  expect(typo.status).toBe(200);
  expect(typo.body.suggestions).toContain("crystal structure");
  const ja = await t.http.get("/api/instruments").query({ q: "結昌構造" });
  expect(ja.body.suggestions).toContain("結晶構造");
});

test("nothing close: an empty list; enough results: no suggestions at all; no q: none", async () => {
  expect((await t.http.get("/api/instruments").query({ q: "xyzzy" })).body.suggestions).toEqual([]);
  const many = await t.http.get("/api/instruments").query({ q: "SEM" });
  expect(many.body.total).toBeGreaterThanOrEqual(3);
  expect(many.body).not.toHaveProperty("suggestions");
  const typoAmongMany = await t.http.get("/api/instruments").query({ q: "tabletop SEM roughnes" });
  expect(typoAmongMany.body.total).toBeGreaterThanOrEqual(3);
  expect(typoAmongMany.body.suggestions).toContain("roughness");
  expect((await t.http.get("/api/instruments")).body).not.toHaveProperty("suggestions");
});

test("nothing found: the techniques the thesaurus links to the query (or to its suggestions), in the request's language", async () => {
  const filtered = await t.http.get("/api/instruments").query({ q: "crystal structure", category: "nmr", lang: "en" });
  expect(filtered.body.total).toBe(0);
  expect(filtered.body.related).toContain("X-ray diffraction (XRD)");
  const typo = await t.http.get("/api/instruments").query({ q: "cristal structur", category: "nmr", lang: "ja" });
  expect(typo.body.related).toContain("X線回折 (XRD)");
  expect((await t.http.get("/api/instruments").query({ q: "xyzzy" })).body.related).toEqual([]);
  expect((await t.http.get("/api/instruments").query({ q: "SEM" })).body).not.toHaveProperty("related");
});
