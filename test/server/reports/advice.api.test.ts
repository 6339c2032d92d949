import type { ProgrammeReport, UsageReport } from "../../../shared/schemas/reports";
import { Consultation, ConsultationAdviceTime, StaffMember } from "../../../server/platform/db/entities";
import { createTestApp, type TestApp } from "../../helpers/test-app";
import { buildReportWorld, type ReportWorld } from "./report-world";

let t: TestApp;
let w: ReportWorld;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildReportWorld(t);
  const staff = await t.db.manager.getRepository(StaffMember).findOneByOrFail({ userId: w.staffA.id });
  // Advice logged at the consultation desk: 2026年度 (60 + 45 for c1, 30 for c2 at A; 20 for c3 at B), and 2027年度 (15).
  await t.db.write(async (em) => {
    const ask = async (companyId: number, createdById: number) =>
      (await em.getRepository(Consultation).save(em.getRepository(Consultation).create({ companyId, createdById, summary: "Need", details: "Details", status: "answered" }))).id;
    const [k1, k2, k3] = [await ask(w.c1.id, w.m1.id), await ask(w.c2.id, w.m2.id), await ask(w.c3.id, w.m3.id)];
    const log = (consultationId: number, institutionId: number, date: string, minutes: number) => ({ consultationId, staffMemberId: staff.id, institutionId, date, minutes, note: null });
    await em.getRepository(ConsultationAdviceTime).insert([
      log(k1, w.instA.id, "2026-04-01", 60), log(k1, w.instA.id, "2027-03-31", 45), log(k2, w.instA.id, "2026-05-10", 30),
      log(k3, w.instB.id, "2026-06-01", 20), log(k1, w.instA.id, "2027-04-01", 15),
    ]);
  });
});
afterAll(() => t.close());

async function get<T>(path: string, who = w.coordinator): Promise<T> {
  const res = await t.http.get(path).set(await w.auth(who));
  expect(res.status).toBe(200);
  return res.body;
}
const adviceOf = (report: UsageReport) => Object.fromEntries(report.rows.filter((r) => r.measures.staffAdviceMinutes).map((r) => [r.key, r.measures.staffAdviceMinutes]));

test("advice time from the consultation desk counts by the local date it was given, per institution, month, customer type and prefecture", async () => {
  const byInstitution = await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=institution");
  expect(adviceOf(byInstitution)).toEqual({ [w.instA.id]: 135, [w.instB.id]: 20 });
  expect(byInstitution.totals.staffAdviceMinutes).toBe(155);
  expect(adviceOf(await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=month"))).toEqual({ "2026-04": 60, "2026-05": 30, "2026-06": 20, "2027-03": 45 });
  expect(adviceOf(await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=customerType"))).toEqual({ sme: 105, company: 30, academic: 20 });
  expect(adviceOf(await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=prefecture"))).toEqual({ Miyagi: 105, Tokyo: 30, unknown: 20 });
  expect((await get<UsageReport>("/api/reports/usage?fiscalYear=2027&groupBy=institution")).totals.staffAdviceMinutes).toBe(15);
});

test("advice is not given on an instrument: by instrument it counts in the totals only", async () => {
  const byInstrument = await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=instrument");
  expect(adviceOf(byInstrument)).toEqual({});
  expect(byInstrument.totals.staffAdviceMinutes).toBe(155);
});

test("an admin sees their institution's advice only; the programme table counts it as technical support", async () => {
  expect((await get<UsageReport>("/api/reports/usage?fiscalYear=2026&groupBy=month", w.adminB)).totals.staffAdviceMinutes).toBe(20);
  const withAdvice = await get<ProgrammeReport>("/api/reports/programme?fiscalYear=2026");
  await t.db.write((em) => em.getRepository(ConsultationAdviceTime).update({ minutes: 60 }, { minutes: 120 }));
  const more = await get<ProgrammeReport>("/api/reports/programme?fiscalYear=2026");
  expect(more.totals.supportMinutes - withAdvice.totals.supportMinutes).toBe(60);
});
