import { In, type EntityManager } from "typeorm";
import { quotedBookingPrice, quotedRatesOf, fitsQuotedTime, usageModeOf, type QuotedRates } from "../../shared/rules/quotes";
import type { Interval } from "../../shared/time/intervals";
import { Quote, QuoteLine, Reservation, type User } from "../platform/db/entities";
import { preparedQuery } from "../platform/db/prepared-query";
import { Conflict, NotFound, RuleViolation } from "../platform/errors";
import type { AssistanceType } from "../../shared/enums";

/** Advisory-lock namespace of a quote's booked hours (after the instrument's 1 and staff's 2 in booking-locks.ts). */
const QUOTE = 3;

/** Bookings that use a quote's hours: active ones and recorded sessions. */
const USING_QUOTED_TIME = ["pending", "confirmed", "completed", "no_show"] as const;

export interface QuotedBooking {
  quoteId: number;
  rates: QuotedRates;
}

/**
 * What a booking from a quote books at, after checking the quote allows it: the company's own accepted quote,
 * this instrument in this usage mode, and no more than the quoted hours (counting every booking already made from
 * it). Runs inside the booking's transaction, holding the quote's lock on PostgreSQL so two bookings from one
 * quote cannot both take its last hours (SQLite's write queue serialises them already). A quote lock is always
 * taken before the instrument's and its staff's, so the locks keep one global order.
 */
export async function quotedBooking(em: EntityManager, member: User, quoteId: number, instrumentId: number, assistance: AssistanceType, interval: Interval): Promise<QuotedBooking> {
  if (em.connection.options.type === "postgres") await preparedQuery(em, "SELECT pg_advisory_xact_lock($1, $2)", [QUOTE, quoteId]);
  const quote = await em.getRepository(Quote).findOneBy({ id: quoteId });
  if (!quote || quote.companyId !== member.companyId) throw new NotFound("Quote");
  if (quote.status !== "accepted") throw new Conflict("Only an accepted quote can be booked from", { reason: "quote_not_accepted", status: quote.status });
  const mode = usageModeOf(assistance);
  const rates = mode ? quotedRatesOf(await em.getRepository(QuoteLine).findBy({ quoteId }), instrumentId, mode) : null;
  if (!rates) throw new RuleViolation("The quote does not cover this instrument in this usage mode", { reason: "not_quoted" });
  const booked = await em.getRepository(Reservation).find({
    select: { startsAt: true, endsAt: true },
    where: { quoteId, instrumentId, assistanceType: assistance, status: In([...USING_QUOTED_TIME]) },
  });
  const bookedMinutes = booked.reduce((sum, r) => sum + (r.endsAt.getTime() - r.startsAt.getTime()) / 60_000, 0);
  const minutes = (interval.end - interval.start) / 60_000;
  if (!fitsQuotedTime(rates, bookedMinutes, minutes)) {
    throw new RuleViolation("More hours than the quote leaves for this instrument", {
      reason: "quoted_hours_exceeded", quotedHours: rates.minutes / 60, bookedHours: bookedMinutes / 60,
    });
  }
  return { quoteId, rates };
}

/** The price a booking from a quote stores: its time at the quoted unit prices. */
export function quotedPrice(quoted: QuotedBooking, interval: Interval): number {
  return quotedBookingPrice(quoted.rates, (interval.end - interval.start) / 60_000);
}
