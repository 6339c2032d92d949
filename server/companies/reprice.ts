import { In, MoreThan, type EntityManager } from "typeorm";
import { ACTIVE_RESERVATION_STATUSES, type CustomerType } from "../../shared/enums";
import { priceYen } from "../availability";
import { Reservation } from "../platform/db/entities";

/**
 * Once a company's customer type is verified (or corrected), its reservations that have not started are priced at
 * that type (but sessions booked from a quote, which keep the quoted price), and those that waited only for the verification now wait for the facility's approval. Returns how
 * many prices changed.
 */
export async function repriceActiveReservations(em: EntityManager, companyId: number, customerType: CustomerType, now: number): Promise<number> {
  const reservations = await em.getRepository(Reservation).find({
    where: { companyId, status: In([...ACTIVE_RESERVATION_STATUSES]), startsAt: MoreThan(new Date(now)) },
    relations: { instrument: true },
  });
  let repriced = 0;
  for (const reservation of reservations) {
    if (reservation.quoteId !== null) continue; // booked at its quote's price, which the company accepted
    const interval = { start: reservation.startsAt.getTime(), end: reservation.endsAt.getTime() };
    const price = priceYen(reservation.instrument, customerType, interval, reservation.assistanceType);
    const pendingReason = reservation.pendingReason === "company_unverified" ? "approval_required" : reservation.pendingReason;
    if (price === reservation.priceEstimateYen && pendingReason === reservation.pendingReason) continue;
    if (price !== reservation.priceEstimateYen) repriced++;
    await em.getRepository(Reservation).update(reservation.id, { priceEstimateYen: price, pendingReason, revision: reservation.revision + 1 });
  }
  return repriced;
}
