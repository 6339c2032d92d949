import ExcelJS from "exceljs";
import type { ProgrammeReport } from "../../../shared/schemas/reports";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildReportWorld, type ReportWorld } from "./report-world";

let t: TestApp;
let w: ReportWorld;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildReportWorld(t);
});
afterAll(() => t.close());

test("the programme table of 2026年度: per institution and in total, with the year before", async () => {
  const res = await t.http.get("/api/reports/programme?fiscalYear=2026").set(await w.auth(w.coordinator));
  expect(res.status).toBe(200);
  const report: ProgrammeReport = res.body;
  expect(report.rows.map((r) => [r.institutionId, r.instrumentsOffered, r.companiesServed, r.smeCompanies, r.useMinutes, r.supportMinutes, r.trainings, r.qualificationsGranted])).toEqual([
    [w.instA.id, 1, 2, 1, 270, 120 + 150, 1, 1],
    [w.instB.id, 1, 2, 0, 150, 60, 0, 1],
  ]);
  expect(report.totals).toMatchObject({ institutionId: null, instrumentsOffered: 2, companiesServed: 3, smeCompanies: 1, useMinutes: 420, supportMinutes: 330, trainings: 1, revenueYen: 0 });
  expect(report.previousTotals).toMatchObject({ companiesServed: 1, useMinutes: 120 });
});

test("an institution admin sees their own institution; another institution, staff and company members are refused", async () => {
  const own = await t.http.get("/api/reports/usage?fiscalYear=2026&groupBy=instrument").set(await w.auth(w.adminA));
  expect(own.status).toBe(200);
  expect(own.body.institutionId).toBe(w.instA.id);
  expect(own.body.totals).toMatchObject({ useMinutesActual: 270, bookings: 5 });
  expect(own.body.rows.map((r: { key: string }) => r.key)).not.toContain(String(w.semB.id));
  const programme = await t.http.get("/api/reports/programme?fiscalYear=2026").set(await w.auth(w.adminB));
  expect(programme.body.rows.map((r: { institutionId: number }) => r.institutionId)).toEqual([w.instB.id]);
  const filtered = await t.http.get(`/api/reports/usage?fiscalYear=2026&institutionId=${w.instB.id}`).set(await w.auth(w.coordinator));
  expect(filtered.body.totals.useMinutesActual).toBe(150);

  for (const [who, path] of [
    [w.adminA, `/api/reports/usage?institutionId=${w.instB.id}`],
    [w.adminA, `/api/reports/programme.csv?institutionId=${w.instB.id}`],
    [w.staffA, "/api/reports/usage"],
    [w.m1, "/api/reports/usage"],
    [w.m1, "/api/reports/programme.xlsx"],
  ] as const) {
    const res = await t.http.get(path).set(await w.auth(who));
    expect([path, res.status, res.body.error?.code]).toEqual([path, 403, "forbidden"]);
  }
  expect((await t.http.get("/api/reports/usage")).status).toBe(401);
  expect((await t.http.get("/api/reports/usage?institutionId=99999").set(await w.auth(w.coordinator))).status).toBe(404);
});

test("bad parameters are refused with the error body", async () => {
  for (const query of [
    "fiscalYear=abc", "fiscalYear=1999", "groupBy=week", "from=2026-04-01", "to=2026-04-01", "from=2026-05-01&to=2026-04-01",
    "from=2026-04-31&to=2026-05-01", "fiscalYear=2026&from=2026-04-01&to=2026-05-01", "institutionId=-1", "from=2020-01-01&to=2026-01-01",
  ]) {
    const res = await t.http.get(`/api/reports/usage?${query}`).set(await w.auth(w.coordinator));
    expect([query, res.status, res.body.error?.code]).toEqual([query, 400, "validation_failed"]);
    expect(res.body.error.details.issues.length).toBeGreaterThan(0);
  }
  const res = await t.http.get("/api/reports/programme.csv?fiscalYear=20x6").set(await w.auth(w.coordinator));
  expect(res.status).toBe(400);
  const language = await t.http.get("/api/reports/usage.csv?fiscalYear=2026&lang=fr").set(await w.auth(w.coordinator));
  expect([language.status, language.body.error?.code]).toEqual([400, "validation_failed"]);
});

/** supertest's parser for a body kept as bytes. */
const binary = ((res: NodeJS.ReadableStream, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on("data", (chunk: Buffer) => chunks.push(chunk));
  res.on("end", () => done(null, Buffer.concat(chunks)));
}) as unknown as (res: unknown, done: (e: Error | null, body: unknown) => void) => void;

test("every table downloads as CSV (UTF-8 with BOM) and Excel, in the request's language", async () => {
  const csv = await t.http.get("/api/reports/programme.csv?fiscalYear=2026&lang=ja").set(await w.auth(w.coordinator)).buffer(true).parse(binary);
  expect(csv.status).toBe(200);
  expect(csv.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
  expect(csv.headers["content-disposition"]).toContain("programme-FY2026.csv");
  const body = (csv.body as Buffer).toString("utf8");
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const lines = body.slice(1).trim().split("\r\n").map((line) => line.split(","));
  expect(lines[0].slice(0, 3)).toEqual(["機関", "共用機器数", "利用企業数"]);
  expect(lines[lines.length - 1]).toEqual(["合計", "2", "3", "1", "7", "5.5", "1", "2", "0"]);

  const xlsx = await t.http.get("/api/reports/usage.xlsx?fiscalYear=2026&groupBy=month&lang=en").set(await w.auth(w.coordinator)).buffer(true).parse(binary);
  expect(xlsx.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body as never);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(2).getCell(1).value).toBe("Month");
  expect(sheet.getRow(2).getCell(2).value).toBe("Hours of use (actual)");
  expect(sheet.getRow(3).getCell(1).value).toBe("Apr 2026");
  expect(sheet.getRow(3).getCell(2).value).toBe(2.5);
  expect(sheet.getRow(15).getCell(1).value).toBe("Total");
  expect(sheet.getRow(15).getCell(2).value).toBe(7);

  const usageCsv = await t.http.get("/api/reports/usage.csv?fiscalYear=2026&groupBy=customerType").set(await w.auth(w.adminA)).buffer(true).parse(binary);
  expect(usageCsv.status).toBe(200);
  expect((usageCsv.body as Buffer).toString("utf8").split("\r\n").length).toBe(1 + 4 + 1 + 1); // heading, one row per customer type (other included), total, final newline
});

test("prefectures export in the requester's language (or ?lang=): Japanese names in ja, romanized in en", async () => {
  const cells = async (query: string, headers: Record<string, string> = {}) => {
    const res = await t.http.get(`/api/reports/usage.csv?fiscalYear=2026&groupBy=prefecture${query}`).set({ ...(await w.auth(w.coordinator)), ...headers }).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    return (res.body as Buffer).toString("utf8").slice(1).trim().split("\r\n").map((line) => line.split(",")[0]);
  };
  expect(await cells("&lang=ja")).toEqual(["都道府県", "宮城県", "東京都", "不明", "合計"]);
  expect(await cells("&lang=en")).toEqual(["Prefecture", "Miyagi", "Tokyo", "Unknown", "Total"]);
  await t.db.write((em) => em.getRepository("User").update(w.coordinator.id, { locale: "ja" }));
  expect((await cells(""))[1]).toBe("宮城県");
  expect((await cells("", { "accept-language": "en" }))[1]).toBe("Miyagi");
  expect((await cells("&lang=en", { "accept-language": "ja" }))[1]).toBe("Miyagi");
  await t.db.write((em) => em.getRepository("User").update(w.coordinator.id, { locale: "en" }));
});
