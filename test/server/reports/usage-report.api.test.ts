import type { UsageMeasures, UsageReport } from "../../../shared/schemas/reports";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildReportWorld, type ReportWorld } from "./report-world";
import { expectTotalsAreSums } from "./report-expectations";

let t: TestApp;
let w: ReportWorld;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildReportWorld(t);
});
afterAll(() => t.close());

async function usage(query: string, who = w.coordinator): Promise<UsageReport> {
  const res = await t.http.get(`/api/reports/usage?${query}`).set(await w.auth(who));
  expect(res.status).toBe(200);
  return res.body;
}

// Opening minutes of 2026年度 (365 days of 09:00–17:00): A without a closure day and a 2-hour maintenance window.
const OPEN_A = 365 * 480 - 480 - 120;
const OPEN_B = 365 * 480;

test("2026年度 for the region: every measure as worked out by hand", async () => {
  const report = await usage("fiscalYear=2026&groupBy=institution");
  expect(report.period).toEqual({ from: "2026-04-01", to: "2027-03-31", fiscalYear: 2026 });
  expect(report.totals).toEqual<UsageMeasures>({
    useMinutesActual: 120 + 150 + 120 + 30, // R2 until midnight in Tokyo, R3 as held, R4, R11 until midnight in Kolkata
    useMinutesPlanned: 120 + 180 + 120 + 120 + 60 + 30, // R2, R3, R4, R7 (no-show), R8, R11
    openMinutes: OPEN_A + OPEN_B,
    utilisationActual: 0.1,
    utilisationPlanned: 0.2,
    staffOperationMinutesActual: 120,
    staffOperationMinutesPlanned: 120 + 60,
    staffTrainingMinutesActual: 150,
    staffTrainingMinutesPlanned: 180,
    staffConsultationMinutesActual: 60,
    staffConsultationMinutesPlanned: 120,
    staffAdviceMinutes: 0, // the consultation desk's advice time: none recorded yet
    companiesActual: 3,
    companiesPlanned: 3,
    smeCompaniesActual: 1,
    smeCompaniesPlanned: 1,
    newCompanies: 2,
    returningCompanies: 1,
    inRegionCompanies: 1,
    outsideRegionCompanies: 1,
    bookings: 9,
    completedSessions: 4,
    trainingSessions: 1,
    cancelledByCompany: 1,
    cancelledByFacility: 1,
    rejected: 1,
    noShows: 1,
    qualificationsGranted: 2,
    unstaffedRequests: 1,
    declinedRequests: 1,
    revenueYen: 0, // no invoices in this data set (revenue.api.test.ts adds them)
  });
  const [a, b] = report.rows;
  expect(a.key).toBe(String(w.instA.id));
  expect(a.measures).toMatchObject({ useMinutesActual: 270, useMinutesPlanned: 420, openMinutes: OPEN_A, bookings: 5, companiesActual: 2, qualificationsGranted: 1 });
  expect(b.measures).toMatchObject({ useMinutesActual: 150, useMinutesPlanned: 210, openMinutes: OPEN_B, bookings: 4, companiesActual: 2, qualificationsGranted: 1 });
  expect(report.previous.period).toEqual({ from: "2025-04-01", to: "2026-03-31", fiscalYear: 2025 });
  expect(report.previous.totals).toMatchObject({ useMinutesActual: 120, companiesActual: 1, newCompanies: 1, bookings: 1 });
});

test("the other halves of the sessions across 31 March fall in 2027年度, the current year by default", async () => {
  const report = await usage("groupBy=institution");
  expect(report.period.fiscalYear).toBe(2027);
  expect(report.rows.map((r) => r.measures.useMinutesActual)).toEqual([120 + 60, 30]);
  expect(report.totals).toMatchObject({ bookings: 1, completedSessions: 1, staffOperationMinutesActual: 120, returningCompanies: 2, newCompanies: 0 });
  // The year in progress (today is 7 June 2027) is compared with last year up to 7 June 2026: R3, R4 (270 minutes), not all of 2026年度.
  expect(report.previous.period).toEqual({ from: "2026-04-01", to: "2026-06-07", fiscalYear: null });
  expect(report.previous.totals).toMatchObject({ useMinutesActual: 150 + 120, bookings: 4 });
});

test("by month: twelve rows April to March, cut at local midnight, and the totals are the rows added up", async () => {
  const report = await usage("fiscalYear=2026&groupBy=month");
  expect(report.rows.map((r) => r.key)).toEqual(["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]);
  expect(report.rows[0].label).toEqual({ ja: "2026年4月", en: "Apr 2026" });
  const byKey = Object.fromEntries(report.rows.map((r) => [r.key, r.measures]));
  expect(byKey["2026-04"]).toMatchObject({ useMinutesActual: 150, useMinutesPlanned: 180, openMinutes: 2 * 30 * 480 - 120, bookings: 1, qualificationsGranted: 1 });
  expect(byKey["2026-05"]).toMatchObject({ useMinutesActual: 120, openMinutes: 2 * 31 * 480 - 480 });
  expect(byKey["2027-03"]).toMatchObject({ useMinutesActual: 150, useMinutesPlanned: 150, bookings: 2, qualificationsGranted: 1, companiesActual: 1 });
  expectTotalsAreSums(report);
});

test("by quarter, instrument, category, customer type and prefecture, totals are the rows added up", async () => {
  for (const groupBy of ["quarter", "instrument", "category", "customerType", "prefecture"]) {
    const report = await usage(`fiscalYear=2026&groupBy=${groupBy}`);
    expect(report.totals.useMinutesActual).toBe(420);
    expectTotalsAreSums(report);
  }
  const quarters = await usage("fiscalYear=2026&groupBy=quarter");
  expect(quarters.rows.map((r) => [r.key, r.measures.useMinutesActual])).toEqual([["2026-Q1", 270], ["2026-Q2", 0], ["2026-Q3", 0], ["2026-Q4", 150]]);
  const instruments = await usage("fiscalYear=2026&groupBy=instrument");
  const semA = instruments.rows.find((r) => r.key === String(w.semA.id))!.measures;
  expect(semA).toMatchObject({ useMinutesActual: 270, openMinutes: OPEN_A, utilisationActual: Math.round((270 / OPEN_A) * 1000) / 10 });
  const types = await usage("fiscalYear=2026&groupBy=customerType");
  expect(Object.fromEntries(types.rows.map((r) => [r.key, [r.measures.useMinutesActual, r.measures.qualificationsGranted, r.measures.openMinutes]]))).toEqual({
    academic: [120, 1, null], company: [150, 0, null], other: [0, 0, null], sme: [150, 1, null],
  });
  expect(types.totals.openMinutes).toBe(OPEN_A + OPEN_B);
  const prefectures = await usage("fiscalYear=2026&groupBy=prefecture");
  expect(Object.fromEntries(prefectures.rows.map((r) => [r.key, r.measures.useMinutesActual]))).toEqual({ Miyagi: 150, Tokyo: 150, unknown: 120 });
  expect(prefectures.rows.find((r) => r.key === "Miyagi")!.label).toEqual({ ja: "宮城県", en: "Miyagi" });
});

test("a custom range of local dates, compared with the same dates a year before", async () => {
  const report = await usage("from=2026-04-01&to=2026-05-31&groupBy=month");
  expect(report.period).toEqual({ from: "2026-04-01", to: "2026-05-31", fiscalYear: null });
  expect(report.rows.map((r) => r.key)).toEqual(["2026-04", "2026-05"]);
  expect(report.totals).toMatchObject({ useMinutesActual: 270, bookings: 2 });
  expect(report.previous.period).toEqual({ from: "2025-04-01", to: "2025-05-31", fiscalYear: null });
  expect(report.previous.totals.useMinutesActual).toBe(0);
});

test("a session corrected later moves the report with it", async () => {
  const before = await usage("fiscalYear=2027&groupBy=institution");
  const booked = await t.make.reservation(w.semA, w.m3, "2027-05-20T01:00:00Z", "2027-05-20T03:00:00Z", { status: "completed", actualStartAt: new Date("2027-05-20T01:00:00Z"), actualEndAt: new Date("2027-05-20T02:00:00Z") });
  expect((await usage("fiscalYear=2027&groupBy=institution")).totals.useMinutesActual).toBe(before.totals.useMinutesActual + 60);
  await t.db.write((em) => em.getRepository("Reservation").update(booked.id, { actualEndAt: new Date("2027-05-20T03:00:00Z") }));
  expect((await usage("fiscalYear=2027&groupBy=institution")).totals.useMinutesActual).toBe(before.totals.useMinutesActual + 120);
});
