import { AuditEvent, type Company, type Institution, type Instrument, type User } from "../../../server/platform/db/entities";
import { EVERY_DAY_9_17 } from "../../helpers/factories";
import { at, type TestApp } from "../../helpers/test-app";

/**
 * A known data set for the reports: institution A in Tokyo (Miyagi) and B in Kolkata (Osaka, UTC+5:30), one
 * instrument each open every day 09:00–17:00 with no holidays; three companies (an SME in Miyagi, a large company
 * in Tokyo, an academic customer without a prefecture); sessions and bookings across 2025年度 to 2027年度, two of
 * them across midnight of 31 March in their own zone. The figures the tests expect are worked out by hand beside it.
 */
export interface ReportWorld {
  instA: Institution;
  instB: Institution;
  semA: Instrument;
  semB: Instrument;
  c1: Company;
  c2: Company;
  c3: Company;
  m1: User;
  m2: User;
  m3: User;
  adminA: User;
  adminB: User;
  staffA: User;
  coordinator: User;
  auth(user: User): Promise<{ authorization: string }>;
}

const TOKYO = "Asia/Tokyo";
const KOLKATA = "Asia/Kolkata";

export async function buildReportWorld(t: TestApp): Promise<ReportWorld> {
  const instA = await t.make.institution({ timezone: TOKYO, prefecture: "Miyagi", closedOnNationalHolidays: false });
  const instB = await t.make.institution({ timezone: KOLKATA, prefecture: "Osaka", closedOnNationalHolidays: false });
  const semA = await t.make.instrument(instA, { openingHours: EVERY_DAY_9_17 });
  const semB = await t.make.instrument(instB, { openingHours: EVERY_DAY_9_17 });
  await t.make.instrument(instA, { status: "retired", openingHours: EVERY_DAY_9_17 });
  const c1 = await t.make.company({ customerType: "sme", prefecture: "Miyagi" });
  const c2 = await t.make.company({ customerType: "company", prefecture: "Tokyo" });
  const c3 = await t.make.company({ customerType: "academic", prefecture: null });
  const [m1, m2, m3] = [await t.make.companyMember(c1), await t.make.companyMember(c2), await t.make.companyMember(c3)];
  const adminA = await t.make.admin(instA);
  const adminB = await t.make.admin(instB);
  const staffA = (await t.make.staff(instA, [semA])).user;
  const coordinator = await t.make.coordinator();

  // Open time: A loses a closure day (480 min) and a 2-hour maintenance window; B loses nothing.
  await t.make.closure(instA, "2026-05-01");
  await t.make.blackout(instA, semA, at("2026-04-13T09:00", TOKYO), at("2026-04-13T11:00", TOKYO));

  const done = (start: string, end: string, zone: string, extra: object = {}) => ({ status: "completed" as const, actualStartAt: new Date(at(start, zone)), actualEndAt: new Date(at(end, zone)), ...extra });
  // R1, 2025年度: c1's first session, so c1 returns in 2026年度.
  await t.make.reservation(semA, m1, at("2025-10-01T10:00"), at("2025-10-01T12:00"), done("2025-10-01T10:00", "2025-10-01T12:00", TOKYO));
  // R2: across midnight of 31 March in Tokyo, staff-operated: 120 minutes in each fiscal year.
  await t.make.reservation(semA, m2, at("2027-03-31T22:00"), at("2027-04-01T02:00"), done("2027-03-31T22:00", "2027-04-01T02:00", TOKYO, { assistanceType: "operation", assistanceStatus: "accepted", staffMinutes: 240 }));
  // R3: training booked 180 minutes, held 150.
  await t.make.reservation(semA, m1, at("2026-04-10T10:00"), at("2026-04-10T13:00"), done("2026-04-10T10:00", "2026-04-10T12:30", TOKYO, { assistanceType: "training", assistanceStatus: "accepted", staffMinutes: 150 }));
  // R4: consultation in Kolkata, booked 120, an hour of staff time.
  await t.make.reservation(semB, m3, at("2026-05-05T09:00", KOLKATA), at("2026-05-05T11:00", KOLKATA), done("2026-05-05T09:00", "2026-05-05T11:00", KOLKATA, { assistanceType: "consultation", assistanceStatus: "accepted", staffMinutes: 60 }));
  // R5, R6: cancelled by the company, and by the facility.
  await t.make.reservation(semA, m2, at("2026-06-01T10:00"), at("2026-06-01T11:00"), { status: "cancelled", cancelledById: m2.id, cancelledAt: new Date(at("2026-05-20T10:00")) });
  await t.make.reservation(semB, m1, at("2026-06-02T10:00", KOLKATA), at("2026-06-02T11:00", KOLKATA), { status: "cancelled", cancelledById: adminB.id, cancelledAt: new Date(at("2026-05-20T10:00")) });
  // R7: a no-show, 120 minutes planned.
  await t.make.reservation(semA, m3, at("2026-07-01T10:00"), at("2026-07-01T12:00"), { status: "no_show" });
  // R8: staff operation declined once, then unstaffed; 60 minutes planned.
  const r8 = await t.make.reservation(semB, m2, at("2026-08-03T10:00", KOLKATA), at("2026-08-03T11:00", KOLKATA), { assistanceType: "operation", assistanceStatus: "unstaffed" });
  await t.db.write((em) => em.getRepository(AuditEvent).insert({ action: "reservation.assistance_declined", entityType: "reservation", entityId: r8.id, institutionId: instB.id, companyId: c2.id, actorUserId: null }));
  // R9: rejected.
  await t.make.reservation(semA, m1, at("2026-09-01T10:00"), at("2026-09-01T11:00"), { status: "rejected" });
  // R10, 2027年度.
  await t.make.reservation(semA, m1, at("2027-05-10T10:00"), at("2027-05-10T11:00"), done("2027-05-10T10:00", "2027-05-10T11:00", TOKYO));
  // R11: across midnight of 31 March in Kolkata (already 1 April in Tokyo): 30 minutes in each fiscal year.
  await t.make.reservation(semB, m2, at("2027-03-31T23:30", KOLKATA), at("2027-04-01T00:30", KOLKATA), done("2027-03-31T23:30", "2027-04-01T00:30", KOLKATA));
  // Q1 in April 2026 (A); Q2 at 23:50 on 31 March in Kolkata (B), which is 1 April in Tokyo: 2026年度 for B.
  await t.make.qualification(m1, semA, { grantedAt: new Date(at("2026-04-10T13:00")) });
  await t.make.qualification(m3, semB, { grantedAt: new Date(at("2027-03-31T23:50", KOLKATA)) });

  const tokens = new Map<number, string>();
  return {
    instA, instB, semA, semB, c1, c2, c3, m1, m2, m3, adminA, adminB, staffA, coordinator,
    async auth(user) {
      if (!tokens.has(user.id)) tokens.set(user.id, await t.login(user.email));
      return { authorization: `Bearer ${tokens.get(user.id)}` };
    },
  };
}
