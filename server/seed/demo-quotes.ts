import { DateTime } from "luxon";
import { In, LessThan, MoreThan, type EntityManager } from "typeorm";
import { quotedBookingPrice, quotedRatesOf } from "../../shared/rules/quotes";
import { CreateQuoteRequestSchema, type CreateQuoteRequest } from "../../shared/schemas/quotes";
import { assignConsultation, createConsultation, postMessage, routeConsultation } from "../consultations";
import type { Actor } from "../platform/actor";
import { Instrument, QuoteLine, Reservation, StaffMember, User, type Institution } from "../platform/db/entities";
import { answerQuote, issueQuote } from "../quotes";

const ZONE = "Asia/Tokyo";

interface QuotedNeed {
  by: string;
  staff: string;
  summary: string;
  details: string;
  material: string;
  reply: string;
  quote: (ids: Map<string, number>, validUntil: string) => CreateQuoteRequest;
  /** Accepted, and its operation hours booked on this instrument. */
  book?: { instrument: string; hours: number };
}

const NEEDS: QuotedNeed[] = [
  {
    by: "sme2@demo.example", staff: "staff3@demo.example", summary: "Surface roughness of a sprayed coating",
    details: "Our thermally sprayed ceramic coating should stay below Ra 0.4 µm after polishing. We need roughness maps of three coupons before and after polishing.",
    material: "Al2O3 coating on steel coupons, 20 × 20 mm",
    reply: "AFM maps of 50 µm squares answer this. I have quoted two hours with me operating the instrument, and one hour of data analysis.",
    quote: (ids, validUntil) => ({ items: [{ instrumentId: ids.get("afm")!, usageMode: "operation", hours: 2 }], staffHours: 1, validUntil, notes: "Three coupons, two maps each. Clean the coupons with ethanol before sending." }),
  },
  {
    by: "sme@demo.example", staff: "staff@demo.example", summary: "はんだ接合部の断面観察",
    details: "車載用基板のはんだ接合部に、温度サイクル試験後の亀裂があるか断面で確認したいです。試料は3点です。",
    material: "鉛フリーはんだ（SAC305）、FR-4基板",
    reply: "断面研磨後にFE-SEMで観察できます。操作代行3時間と試料作製の研磨材を見積に入れました。",
    quote: (ids, validUntil) => ({
      items: [{ instrumentId: ids.get("fesem")!, usageMode: "operation", hours: 3 }], validUntil, notes: "断面研磨は当方で行います。",
      consumables: [{ description: "研磨材・樹脂埋め込み / Polishing and resin mounting", quantity: 3, unit: "sample", unitPrice: 2000 }],
    }),
    book: { instrument: "fesem", hours: 2 },
  },
];

/** The first weekday afternoon from two weeks on where neither the instrument nor the staff member has a booking. */
async function freeAfternoon(em: EntityManager, now: number, instrumentId: number, staffId: number, hours: number): Promise<DateTime> {
  for (let day = DateTime.fromMillis(now, { zone: ZONE }).startOf("day").plus({ weeks: 2 }); ; day = day.plus({ days: 1 })) {
    if (day.weekday > 5) continue;
    const start = day.set({ hour: 13 });
    const during = { startsAt: LessThan(start.plus({ hours }).toJSDate()), endsAt: MoreThan(start.toJSDate()), status: In(["pending", "confirmed"]) };
    const clash = await em.getRepository(Reservation).count({ where: [{ ...during, instrumentId }, { ...during, assignedStaffId: staffId }] });
    if (clash === 0) return start;
  }
}

/** Books the quoted hours as the member would from the accepted quote: its quote id and the quote's price. */
async function bookFromQuote(em: EntityManager, now: number, member: User, staff: Actor, quoteId: number, instrument: Instrument, hours: number): Promise<void> {
  const rates = quotedRatesOf(await em.getRepository(QuoteLine).findBy({ quoteId }), instrument.id, "operation")!;
  const start = await freeAfternoon(em, now, instrument.id, staff.staffMemberId!, hours);
  await em.getRepository(Reservation).insert({
    instrumentId: instrument.id, institutionId: instrument.institutionId, companyId: member.companyId!, userId: member.id,
    startsAt: start.toJSDate(), endsAt: start.plus({ hours }).toJSDate(), status: "confirmed", revision: 1,
    purpose: "見積に基づく操作代行 / Operation as quoted", assistanceType: "operation", assistanceStatus: "accepted",
    assignedStaffId: staff.staffMemberId, quoteId, priceEstimateYen: quotedBookingPrice(rates, hours * 60),
  });
}

/** A consultation with an open quote, and one whose accepted quote is already booked, written through the desk's services. */
export async function seedQuotes(em: EntityManager, now: number, institutions: Map<string, Institution>, byKey: Map<string, Instrument>): Promise<void> {
  const users = new Map((await em.getRepository(User).find()).map((u) => [u.email, u]));
  const staff = new Map((await em.getRepository(StaffMember).find()).map((m) => [m.userId, m.id]));
  const actor = (email: string): Actor => ({ user: users.get(email)!, staffMemberId: staff.get(users.get(email)!.id) ?? null });
  const tasu = institutions.get("tasu")!;
  const ids = new Map([...byKey].map(([key, i]) => [key, i.id] as const));
  const admin = (await em.getRepository(User).findOneByOrFail({ role: "institution_admin", institutionId: tasu.id }));
  const at = new Date(now);
  const validUntil = DateTime.fromMillis(now, { zone: ZONE }).plus({ days: 30 }).toISODate()!;
  for (const need of NEEDS) {
    const company = actor(need.by);
    const row = await createConsultation(em, company, { summary: need.summary, details: need.details, material: need.material, shareWithOtherInstitutions: false });
    await routeConsultation(em, actor("coordinator@demo.example"), row.id, [tasu.id], at);
    await assignConsultation(em, { user: admin, staffMemberId: null }, row.id, actor(need.staff).staffMemberId!, at);
    await postMessage(em, actor(need.staff), row.id, need.reply);
    const quote = await issueQuote(em, actor(need.staff), row.id, CreateQuoteRequestSchema.parse(need.quote(ids, validUntil)), now);
    if (!need.book) continue;
    await answerQuote(em, company, row.id, quote.id, { kind: "accept" }, now);
    await bookFromQuote(em, now, company.user, actor(need.staff), quote.id, byKey.get(need.book.instrument)!, need.book.hours);
  }
}
