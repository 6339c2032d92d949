import { In, type EntityManager } from "typeorm";
import { isQuoteExpired, usageModeOf } from "../../shared/rules/quotes";
import type { QuoteView } from "../../shared/schemas/quotes";
import { Institution, Instrument, QuoteLine, Reservation, User, type Quote } from "../platform/db/entities";

/** Bookings that use a quote's hours (as the booking counts them). */
const USING_QUOTED_TIME = ["pending", "confirmed", "completed", "no_show"];

const idsOf = (values: (number | null)[]) => [...new Set(values.filter((v): v is number => v !== null))];

/** The quotes as the API shows them: lines with instrument names, tax per rate, booked and remaining hours. */
export async function presentQuotes(em: EntityManager, quotes: Quote[], now: number): Promise<QuoteView[]> {
  if (quotes.length === 0) return [];
  const quoteIds = quotes.map((q) => q.id);
  const lines = await em.getRepository(QuoteLine).find({ where: { quoteId: In(quoteIds) }, order: { quoteId: "ASC", position: "ASC" } });
  const [institutions, instruments, users, booked] = await Promise.all([
    em.getRepository(Institution).findBy({ id: In(idsOf(quotes.map((q) => q.institutionId))) }),
    em.getRepository(Instrument).findBy({ id: In(idsOf(lines.map((l) => l.instrumentId))) }),
    em.getRepository(User).findBy({ id: In(idsOf(quotes.flatMap((q) => [q.createdById, q.answeredById]))) }),
    em.getRepository(Reservation).find({ select: { quoteId: true, instrumentId: true, assistanceType: true, startsAt: true, endsAt: true, status: true }, where: { quoteId: In(quoteIds), status: In(USING_QUOTED_TIME) } }),
  ]);
  const institutionOf = new Map(institutions.map((i) => [i.id, i]));
  const instrumentOf = new Map(instruments.map((i) => [i.id, i]));
  const userOf = new Map(users.map((u) => [u.id, u]));
  const person = (id: number | null) => (id === null ? null : { id, name: userOf.get(id)?.displayName ?? "" });
  return quotes.map((quote) => {
    const institution = institutionOf.get(quote.institutionId)!;
    const own = lines.filter((l) => l.quoteId === quote.id);
    const bookedMinutes = (instrumentId: number, mode: string) =>
      booked.filter((r) => r.quoteId === quote.id && r.instrumentId === instrumentId && usageModeOf(r.assistanceType) === mode)
        .reduce((sum, r) => sum + (r.endsAt.getTime() - r.startsAt.getTime()) / 60_000, 0);
    const expired = quote.status === "issued" && isQuoteExpired(quote.validUntil, institution.timezone, now);
    return {
      id: quote.id, consultationId: quote.consultationId, companyId: quote.companyId, version: quote.version,
      institution: { id: institution.id, name: institution.nameJa, nameJa: institution.nameJa, nameEn: institution.nameEn, timezone: institution.timezone },
      status: expired ? "expired" : quote.status, customerType: quote.customerType, provisional: quote.provisional,
      subtotal: quote.subtotal, tax: quote.tax, total: quote.total, validUntil: quote.validUntil, notes: quote.notes,
      lines: own.map((l) => {
        const instrument = l.instrumentId === null ? undefined : instrumentOf.get(l.instrumentId);
        return {
          kind: l.kind, usageMode: l.usageMode, hours: l.minutes === null ? null : l.minutes / 60, description: l.description,
          instrument: instrument ? { id: instrument.id, name: instrument.nameJa, nameJa: instrument.nameJa, nameEn: instrument.nameEn } : null,
          quantity: l.quantityMilli / 1000, unit: l.unit, unitPrice: l.unitPrice, amount: l.amount, taxCategory: l.taxCategory,
        };
      }),
      taxes: quote.taxes,
      sessions: own.filter((l) => l.kind === "instrument_time" && l.instrumentId !== null && l.usageMode !== null).map((l) => {
        const used = bookedMinutes(l.instrumentId!, l.usageMode!);
        return { instrumentId: l.instrumentId!, usageMode: l.usageMode!, quotedHours: l.minutes! / 60, bookedHours: used / 60, remainingHours: Math.max(0, l.minutes! - used) / 60 };
      }),
      createdBy: person(quote.createdById)!, createdAt: quote.createdAt.toISOString(),
      answeredBy: person(quote.answeredById), answeredAt: quote.answeredAt?.toISOString() ?? null, declineReason: quote.declineReason,
    };
  });
}
