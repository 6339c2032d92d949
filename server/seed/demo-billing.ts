import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import { checkDigitOf } from "../../shared/rules/corporate-number";
import { BillingSettings, Institution, Instrument, InstrumentBillingPolicy, Reservation, type User } from "../platform/db/entities";
import { chargeRecordedSession, issueInvoice, markPaid, runInvoices } from "../billing";
import { loadReservation } from "../booking";

const ZONE = "Asia/Tokyo";
/** Invoice number prefixes of the demo institutions, in their seeding order. */
const PREFIXES = ["TASU", "MITC", "KOSEN", "NIMM"];

/** Demo registration numbers: T, a check digit, and twelve digits of our own (valid by the NTA rule, registered to nobody). */
function demoRegistrationNumber(index: number): string {
  const base = `90000${String(1000000 + index * 7919).slice(-7)}`;
  return `T${checkDigitOf(base)}${base}`;
}

/**
 * Billing demo: every institution an issuer with a registration number, three past months of recorded sessions
 * (charged as recording them would), and at the institutions with an admin the two older months invoiced and
 * issued (the oldest paid) and last month's drafts waiting for preview.
 */
export async function seedBilling(em: EntityManager, now: number, refs: { users: Map<string, User> }): Promise<void> {
  const institutions = await em.getRepository(Institution).find({ order: { id: "ASC" } });
  const members = ["sme@demo.example", "sme2@demo.example"].map((email) => refs.users.get(email)!);
  for (const [index, institution] of institutions.entries()) {
    await em.getRepository(BillingSettings).insert({
      institutionId: institution.id, issuerName: institution.nameJa, registrationNumber: demoRegistrationNumber(index + 1),
      paymentTermsDays: 30, invoicePrefix: PREFIXES[index] ?? "INV", taxRounding: "floor",
      paymentNote: "お振込先：三菱UFJ銀行 本郷支店 普通 0123456（振込手数料は貴社にてご負担ください）",
    });
    const instruments = await em.getRepository(Instrument).find({ where: { institutionId: institution.id }, order: { id: "ASC" }, take: 3 });
    const billed = instruments.filter((i) => !i.nameEn.startsWith("Tabletop")).slice(0, 2);
    if (billed[1]) await em.getRepository(InstrumentBillingPolicy).insert({ instrumentId: billed[1].id, billsBookedTime: true, billingUnitMinutes: 60, freeCancellationHours: 72, lateCancellationPercent: 30, noShowPercent: 100 });
    for (const monthsAgo of [3, 2, 1]) await recordMonth(em, now, monthsAgo, billed, members);
  }
  await invoiceDemoMonths(em, now, refs.users);
  await sessionsToRecord(em, now, members);
}

/** Two sessions held in the last days and not yet recorded: staff record them, and their charges appear. */
async function sessionsToRecord(em: EntityManager, now: number, members: User[]): Promise<void> {
  const fesem = await em.getRepository(Instrument).findOneByOrFail({ nameEn: "Field-emission scanning electron microscope (FE-SEM)" });
  const today = DateTime.fromMillis(now, { zone: ZONE }).startOf("day");
  for (const [n, member] of members.entries()) {
    const start = today.minus({ days: n + 1 }).set({ hour: 15 });
    await em.getRepository(Reservation).insert({
      instrumentId: fesem.id, institutionId: fesem.institutionId, companyId: member.companyId!, userId: member.id,
      startsAt: start.toJSDate(), endsAt: start.plus({ hours: 2 }).toJSDate(), status: "confirmed",
      purpose: "断面観察 / Cross-section imaging", assistanceType: "none", assistanceStatus: "not_requested", priceEstimateYen: 0, revision: 1,
    });
  }
}

/** Three sessions a month per instrument: completed (one with staff operation), and a no-show. */
async function recordMonth(em: EntityManager, now: number, monthsAgo: number, instruments: Instrument[], members: User[]): Promise<void> {
  const month = DateTime.fromMillis(now, { zone: ZONE }).startOf("month").minus({ months: monthsAgo });
  for (const [i, instrument] of instruments.entries()) {
    for (const [n, day] of [6, 14, 21].entries()) {
      const member = members[(n + i) % members.length];
      const start = month.set({ day, hour: 10 + i * 3 });
      const noShow = n === 2 && i === 0;
      const assisted = n === 1;
      const row = em.getRepository(Reservation).create({
        instrumentId: instrument.id, institutionId: instrument.institutionId, companyId: member.companyId!, userId: member.id,
        startsAt: start.toJSDate(), endsAt: start.plus({ hours: 2 }).toJSDate(), status: noShow ? "no_show" : "completed",
        purpose: "定期分析 / Routine analysis", assistanceType: assisted ? "operation" : "none", assistanceStatus: assisted ? "accepted" : "not_requested",
        actualStartAt: noShow ? null : start.toJSDate(), actualEndAt: noShow ? null : start.plus({ minutes: 100 }).toJSDate(),
        staffMinutes: assisted ? 90 : 0, recordedAt: start.plus({ hours: 3 }).toJSDate(), priceEstimateYen: 0, revision: 1,
      });
      await em.getRepository(Reservation).insert(row);
      await chargeRecordedSession(em, await loadReservation(em, row.id), member.id);
    }
  }
}

async function invoiceDemoMonths(em: EntityManager, now: number, users: Map<string, User>): Promise<void> {
  const start = DateTime.fromMillis(now, { zone: ZONE }).startOf("month");
  for (const email of ["facility-admin@demo.example", "mitc-admin@demo.example"]) {
    const admin = users.get(email)!;
    for (const monthsAgo of [3, 2, 1]) {
      const month = start.minus({ months: monthsAgo });
      const drafts = await runInvoices(em, admin, admin.institutionId!, month.toFormat("yyyy-MM"));
      if (monthsAgo === 1) continue;
      const issuedAt = month.plus({ months: 1, days: 4 }).set({ hour: 10 }).toMillis();
      for (const draft of drafts) {
        await issueInvoice(em, admin, draft.id, issuedAt);
        if (monthsAgo === 3) await markPaid(em, admin, draft.id, true, issuedAt + 20 * 86_400_000);
      }
    }
  }
}
