import type { ProgrammeReport, UsageReport } from "../../../shared/schemas/reports";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildReportWorld, type ReportWorld } from "./report-world";
import { addRevenue } from "./revenue-world";

let t: TestApp;
let w: ReportWorld;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildReportWorld(t);
  await addRevenue(t, w);
});
afterAll(() => t.close());

async function get<T>(path: string, who = w.coordinator): Promise<T> {
  const res = await t.http.get(path).set(await w.auth(who));
  expect(res.status).toBe(200);
  return res.body;
}

const revenueOf = (report: UsageReport) => Object.fromEntries(report.rows.map((r) => [r.key, r.measures.revenueYen]));

test("revenue counts issued lines less credit notes, excluding tax, by the session's date in the institution's zone", async () => {
  const byInstitution = await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=institution");
  expect(revenueOf(byInstitution)).toEqual({ [w.instA.id]: 70_000, [w.instB.id]: 15_000 });
  expect(byInstitution.totals.revenueYen).toBe(85_000);
  expect(byInstitution.previous.totals.revenueYen).toBe(0);
  const next = await get<UsageReport>("/api/reports/usage?fiscalYear=2027&groupBy=institution");
  expect(next.totals.revenueYen).toBe(7_000);
});

test("revenue by customer type, month, instrument and prefecture; the totals are the rows added up", async () => {
  const types = await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=customerType");
  expect(revenueOf(types)).toEqual({ sme: 30_000, company: 45_000, academic: 10_000, other: 0 });
  const months = revenueOf(await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=month"));
  expect([months["2026-04"], months["2026-05"], months["2027-03"]]).toEqual([30_000, 10_000, 45_000]);
  const instruments = revenueOf(await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=instrument"));
  expect([instruments[w.semA.id], instruments[w.semB.id]]).toEqual([70_000, 15_000]);
  const prefectures = await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=prefecture");
  expect(revenueOf(prefectures)).toEqual({ Miyagi: 30_000, Tokyo: 45_000, unknown: 10_000 });
  for (const report of [types, prefectures]) expect(report.rows.reduce((sum, r) => sum + r.measures.revenueYen!, 0)).toBe(85_000);
});

test("an institution's admin sees their own revenue only", async () => {
  const report = await get<UsageReport>(`/api/reports/usage?fiscalYear=2026&groupBy=customerType`, w.adminB);
  expect(revenueOf(report)).toEqual({ sme: 0, company: 5_000, academic: 10_000, other: 0 });
});

test("the programme table shows each institution's revenue and the previous year's", async () => {
  const table = await get<ProgrammeReport>("/api/reports/programme?fiscalYear=2027");
  expect(table.rows.map((r) => r.revenueYen)).toEqual([0, 7_000]);
  expect(table.totals.revenueYen).toBe(7_000);
  expect(table.previousTotals.revenueYen).toBe(85_000);
  const csv = await t.http.get("/api/reports/programme.csv?fiscalYear=2026&lang=en").set(await w.auth(w.coordinator));
  expect(csv.text).toContain("Revenue (yen, excl. tax)");
  expect(csv.text.trim().split("\r\n").at(-1)).toMatch(/^Total,.*,85000$/);
});

test("a credit note moves the report: crediting the 2027年度 invoice takes its revenue out", async () => {
  const { Invoice, InvoiceLine } = await import("../../../server/platform/db/entities");
  const last = await t.db.manager.getRepository(Invoice).findOneOrFail({ where: { institutionId: w.instB.id, issueDate: "2027-05-01" } });
  await t.db.write(async (em) => {
    const note = await em.getRepository(Invoice).insert({ ...last, id: undefined, kind: "credit_note", number: "TEST-CN", creditOfId: last.id });
    const line = await em.getRepository(InvoiceLine).findOneByOrFail({ invoiceId: last.id });
    await em.getRepository(InvoiceLine).insert({ ...line, id: undefined, invoiceId: note.identifiers[0].id, amount: -line.amount });
  });
  expect((await get<UsageReport>("/api/reports/usage?fiscalYear=2027&groupBy=institution")).totals.revenueYen).toBe(0);
});
