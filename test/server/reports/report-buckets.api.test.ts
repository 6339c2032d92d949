import type { UsageReport } from "../../../shared/schemas/reports";
import { AuditEvent } from "../../../server/platform/db/entities";
import { at, createTestApp, type TestApp } from "../../helpers/test-app";
import { buildReportWorld, type ReportWorld } from "./report-world";
import { expectTotalsAreSums } from "./report-expectations";

/**
 * The usage report reads whole local months from stored buckets (report_bucket, report_bucket_row). Each test
 * reads the report first, so the buckets are stored and fresh, then changes something by one path or another and
 * reads again: the stored rows must follow (triggers bump the bucket's version; a stale bucket is recomputed).
 */
let t: TestApp;
let w: ReportWorld;
beforeAll(async () => {
  t = await createTestApp({ now: "2027-06-07T00:00:00Z" });
  w = await buildReportWorld(t);
});
afterAll(() => t.close());

const KOLKATA = "Asia/Kolkata";

async function usage(query: string, who = w.coordinator): Promise<UsageReport> {
  const res = await t.http.get(`/api/reports/usage?${query}`).set(await w.auth(who));
  expect(res.status).toBe(200);
  return res.body;
}
const byMonth = async () => Object.fromEntries((await usage("fiscalYear=2026&groupBy=month")).rows.map((r) => [r.key, r.measures]));
/** An instant as this database's raw SQL writes it. */
const stamp = (iso: string) => (t.db.dialect === "postgres" ? iso : new Date(iso).toISOString().replace("T", " ").replace("Z", ""));
const p = (n: number) => (t.db.dialect === "postgres" ? `$${n}` : "?");
const freshBuckets = async () => Number((await t.db.dataSource.query(`SELECT COUNT(*) AS n FROM report_bucket WHERE fresh_version = version`))[0].n);
/** Forgets every stored bucket, so the next report computes everything from the reservations again. */
const forget = async () => {
  await t.db.dataSource.query(`DELETE FROM report_bucket_row`);
  await t.db.dataSource.query(`UPDATE report_bucket SET fresh_version = NULL`);
};

test("the stored report follows a recorded session, its correction, a cancellation, raw SQL, a declined request and a company's new type", async () => {
  const r = await t.make.reservation(w.semA, w.m1, at("2026-11-10T10:00"), at("2026-11-10T12:00"));
  expect((await byMonth())["2026-11"]).toMatchObject({ useMinutesPlanned: 120, useMinutesActual: 0, completedSessions: 0 });
  expect(await freshBuckets()).toBeGreaterThanOrEqual(24); // two institutions × twelve months, stored

  const recorded = await t.http.post(`/api/reservations/${r.id}/record`).set(await w.auth(w.adminA)).send({ outcome: "completed" });
  expect(recorded.status).toBe(200);
  expect((await byMonth())["2026-11"]).toMatchObject({ useMinutesActual: 120, completedSessions: 1, companiesActual: 1 });

  const corrected = await t.http.post(`/api/reservations/${r.id}/record`).set(await w.auth(w.adminA))
    .send({ outcome: "completed", actualStart: at("2026-11-10T10:00"), actualEnd: at("2026-11-10T11:00"), staffMinutes: 30 });
  expect(corrected.status).toBe(200);
  expect((await byMonth())["2026-11"]).toMatchObject({ useMinutesActual: 60, staffConsultationMinutesActual: 30 });

  const other = await t.make.reservation(w.semA, w.m2, at("2026-12-01T10:00"), at("2026-12-01T13:00"));
  expect((await byMonth())["2026-12"]).toMatchObject({ useMinutesPlanned: 180, cancelledByFacility: 0 });
  const cancelled = await t.http.post(`/api/reservations/${other.id}/cancel`).set(await w.auth(w.adminA)).send({ reason: "Instrument down" });
  expect(cancelled.status).toBe(200);
  expect((await byMonth())["2026-12"]).toMatchObject({ useMinutesPlanned: 0, cancelledByFacility: 1, bookings: 1 });

  // Raw SQL, as an import or a manual fix would: the session moves from November to January.
  await t.db.dataSource.query(
    `UPDATE reservation SET starts_at = ${p(1)}, ends_at = ${p(2)}, actual_start_at = ${p(3)}, actual_end_at = ${p(4)} WHERE id = ${p(5)}`,
    [stamp(at("2027-01-12T10:00")), stamp(at("2027-01-12T12:00")), stamp(at("2027-01-12T10:00")), stamp(at("2027-01-12T12:00")), r.id],
  );
  let months = await byMonth();
  expect(months["2026-11"]).toMatchObject({ useMinutesActual: 0, bookings: 0 });
  expect(months["2027-01"]).toMatchObject({ useMinutesActual: 120, bookings: 1 });
  await t.db.dataSource.query(`DELETE FROM reservation WHERE id = ${p(1)}`, [r.id]);
  expect((await byMonth())["2027-01"]).toMatchObject({ useMinutesActual: 0, bookings: 0 });

  // A staff decline is read from the audit trail: recording one moves the request out of the stored groups.
  const asked = await t.make.reservation(w.semB, w.m3, at("2026-10-05T10:00", KOLKATA), at("2026-10-05T11:00", KOLKATA), { assistanceType: "operation", assistanceStatus: "unstaffed" });
  expect((await byMonth())["2026-10"]).toMatchObject({ unstaffedRequests: 1, declinedRequests: 0 });
  await t.db.write((em) => em.getRepository(AuditEvent).insert({ action: "reservation.assistance_declined", entityType: "reservation", entityId: asked.id, institutionId: w.instB.id, companyId: w.c3.id, actorUserId: null }));
  expect((await byMonth())["2026-10"]).toMatchObject({ unstaffedRequests: 1, declinedRequests: 1 });

  // Company facts are not stored: a company that becomes an SME counts as one at once.
  const types = async () => Object.fromEntries((await usage("fiscalYear=2026&groupBy=customerType")).rows.map((row) => [row.key, row.measures.useMinutesActual]));
  expect(await types()).toMatchObject({ academic: 120, sme: 150 });
  await t.db.dataSource.query(`UPDATE company SET customer_type = 'sme' WHERE id = ${p(1)}`, [w.c3.id]);
  expect(await types()).toMatchObject({ academic: 0, sme: 270 });
  await t.db.dataSource.query(`UPDATE company SET customer_type = 'academic' WHERE id = ${p(1)}`, [w.c3.id]);
});

test("sessions across 31 March/1 April and across a month edge in UTC+5:30 are counted exactly, stored or not", async () => {
  const before = await byMonth();
  // Across midnight of 31 October in Kolkata: an hour in October, an hour in November (UTC 17:30–19:30).
  await t.make.reservation(w.semB, w.m3, at("2026-10-31T23:00", KOLKATA), at("2026-11-01T01:00", KOLKATA), {
    status: "completed", actualStartAt: new Date(at("2026-10-31T23:00", KOLKATA)), actualEndAt: new Date(at("2026-11-01T01:00", KOLKATA)),
  });
  const after = await byMonth();
  expect(after["2026-10"].useMinutesActual).toBe(before["2026-10"].useMinutesActual + 60);
  expect(after["2026-11"].useMinutesActual).toBe(before["2026-11"].useMinutesActual + 60);
  expect(after["2026-10"].bookings).toBe(before["2026-10"].bookings + 1);
  expect(after["2026-11"].bookings).toBe(before["2026-11"].bookings);
  // R11 (Kolkata) and R2 (Tokyo) across 31 March: 30 and 120 minutes in March 2027 of 2026年度, the rest in 2027年度.
  expect(after["2027-03"].useMinutesActual).toBe(30 + 120);
  expect((await usage("groupBy=institution")).rows.map((r) => r.measures.useMinutesActual)).toEqual([120 + 60, 30]);

  const stored = await usage("fiscalYear=2026&groupBy=month");
  await forget();
  const recomputed = await usage("fiscalYear=2026&groupBy=month");
  expect(stored).toEqual(recomputed);
  expect(await usage("fiscalYear=2026&groupBy=month")).toEqual(recomputed);
});

test("totals are the rows added up, from stored buckets, for the region and for one institution", async () => {
  for (const groupBy of ["month", "quarter", "instrument", "institution", "customerType"]) {
    for (const who of [w.coordinator, w.adminB]) {
      const first = await usage(`fiscalYear=2026&groupBy=${groupBy}`, who);
      expectTotalsAreSums(first);
      expect(await usage(`fiscalYear=2026&groupBy=${groupBy}`, who)).toEqual(first);
    }
  }
});

test("reports recomputing stale buckets while bookings are written: the writes all land and the report ends exact", async () => {
  await usage("fiscalYear=2026&groupBy=month");
  const writes = Array.from({ length: 6 }, (_, i) =>
    t.make.reservation(w.semA, w.m2, at(`2026-0${4 + i}-20T10:00`), at(`2026-0${4 + i}-20T11:00`), { status: "no_show" }));
  const reads = Array.from({ length: 4 }, () => usage("fiscalYear=2026&groupBy=month"));
  await Promise.all([...writes, ...reads]);
  const settled = await usage("fiscalYear=2026&groupBy=month");
  await forget();
  expect(await usage("fiscalYear=2026&groupBy=month")).toEqual(settled);
  // One no-show written in each month April to September, and R7 in July.
  expect(settled.rows.slice(0, 6).map((r) => r.measures.noShows)).toEqual([1, 1, 1, 2, 1, 1]);
});
