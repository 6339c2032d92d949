import type { EntityManager } from "typeorm";
import type { z } from "zod";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import type { ReservationListQuerySchema } from "../../shared/schemas/reservations";
import { overlaps } from "../../shared/time/intervals";
import { lockForBooking } from "./booking-locks";
import { compiledSelect } from "../platform/db/compiled-select";
import { Reservation, User } from "../platform/db/entities";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../platform/errors";
import { canOnReservation, type ReservationAction } from "./reservation.policy";
import { recordAudit } from "../platform/audit-trail";
import { presentableReservations } from "./reservation-query";
import { findInstrument } from "../instruments";
import { chargeCompanyCancellation } from "../billing";
import { checkCalendarRules, checkTimingRules, loadInstrumentCalendar } from "../availability";

type ReservationListQuery = z.output<typeof ReservationListQuerySchema>;

/** A reservation with everything `presentReservation` shows, in one query (`findOne` with relations takes two). */
const reservationById = compiledSelect<Reservation, { id: number }>((em) =>
  em
    .getRepository(Reservation)
    .createQueryBuilder("reservation")
    .innerJoinAndSelect("reservation.instrument", "instrument")
    .innerJoinAndSelect("instrument.institution", "institution")
    .innerJoinAndSelect("reservation.company", "company")
    .innerJoinAndSelect("reservation.user", "user")
    .leftJoinAndSelect("reservation.assignedStaff", "assignedStaff")
    .leftJoinAndSelect("assignedStaff.user", "staffUser")
    .leftJoinAndMapOne("reservation.enteredBy", User, "enteredBy", "enteredBy.id = reservation.enteredByUserId")
    .where("reservation.id = :id"),
);

export async function loadReservation(em: EntityManager, id: number): Promise<Reservation> {
  const reservation = await reservationById.getOne(em, { id });
  if (!reservation) throw new NotFound("Reservation");
  return reservation;
}

/** Loads a reservation the user may act on; anything they may not even see is "not found". */
export async function authorizedReservation(em: EntityManager, user: User, id: number, action: ReservationAction): Promise<Reservation> {
  const reservation = await loadReservation(em, id);
  if (!canOnReservation(user, "view", reservation)) throw new NotFound("Reservation");
  if (!canOnReservation(user, action, reservation)) throw new Forbidden();
  return reservation;
}

export async function cancelReservation(em: EntityManager, user: User, id: number, reason: string | undefined, now: number): Promise<Reservation> {
  const reservation = await authorizedReservation(em, user, id, "cancel");
  if (!(ACTIVE_RESERVATION_STATUSES as readonly string[]).includes(reservation.status)) {
    throw new RuleViolation(`A ${reservation.status} reservation cannot be cancelled`, { reason: "not_cancellable" });
  }
  const byCompany = user.role === "company_member";
  if (byCompany && reservation.startsAt.getTime() <= now) {
    throw new RuleViolation("A reservation that has started can no longer be cancelled online; contact the facility", {
      reason: "not_cancellable",
    });
  }
  await em.getRepository(Reservation).update(id, {
    status: "cancelled",
    cancellationReason: reason ?? null,
    cancelledAt: new Date(now),
    cancelledById: user.id,
    revision: reservation.revision + 1,
  });
  await recordAudit(em, {
    actorUserId: user.id,
    action: byCompany ? "reservation.cancelled" : "reservation.cancelled_by_facility",
    entityType: "reservation",
    entityId: id,
    institutionId: reservation.institutionId,
    companyId: reservation.companyId,
    reason: reason ?? null,
    details: { previousStatus: reservation.status },
  });
  // The company pays its late-cancellation fee; a cancellation by the facility is never charged.
  if (byCompany) await chargeCompanyCancellation(em, reservation, user.id, now);
  return loadReservation(em, id);
}

/** Approves or rejects a pending reservation; approval re-checks the calendar inside the same transaction. */
export async function decideReservation(
  em: EntityManager,
  user: User,
  id: number,
  decision: "approve" | "reject",
  reason: string | undefined,
  now: number,
): Promise<Reservation> {
  const reservation = await authorizedReservation(em, user, id, "decide");
  if (reservation.status !== "pending") {
    throw new RuleViolation(`Only pending reservations can be ${decision}d; this one is ${reservation.status}`, { reason: "invalid_transition" });
  }
  if (decision === "approve" && reservation.company.verification === "unverified") {
    throw new Conflict("The company's customer type is not verified yet: the coordinator or an institution admin verifies it first, then the booking can be approved", {
      reason: "company_unverified",
    });
  }
  if (decision === "approve") await recheckBeforeApproval(em, reservation, now);
  await em.getRepository(Reservation).update(id, {
    status: decision === "approve" ? "confirmed" : "rejected",
    pendingReason: null,
    decisionReason: reason ?? null,
    decidedById: user.id,
    decidedAt: new Date(now),
    revision: reservation.revision + 1,
  });
  await recordAudit(em, {
    actorUserId: user.id,
    action: decision === "approve" ? "reservation.approved" : "reservation.rejected",
    entityType: "reservation",
    entityId: id,
    institutionId: reservation.institutionId,
    companyId: reservation.companyId,
    reason: reason ?? null,
  });
  return loadReservation(em, id);
}

/** Approval decides again, inside its transaction, by the rules engine's approval stage and the calendar as it is now. */
async function recheckBeforeApproval(em: EntityManager, reservation: Reservation, now: number): Promise<void> {
  const interval = { start: reservation.startsAt.getTime(), end: reservation.endsAt.getTime() };
  await lockForBooking(em, reservation.instrumentId, { withStaff: false });
  const instrument = await findInstrument(em, reservation.instrumentId);
  const zone = instrument.institution.timezone;
  const timingBreach = checkTimingRules(instrument, zone, interval, now, "approval");
  if (timingBreach) throw new RuleViolation(timingBreach.message, { reason: timingBreach.reason });
  const calendar = await loadInstrumentCalendar(em, instrument, interval, { withStaff: false, excludeReservationId: reservation.id });
  const calendarBreach = checkCalendarRules(interval, zone, calendar.open, calendar.blackouts, calendar.isClosed);
  if (calendarBreach) throw new RuleViolation(calendarBreach.message, { reason: calendarBreach.reason });
  if (calendar.reservations.some((r) => overlaps(r, interval))) {
    throw new Conflict("Another reservation now holds this time", { reason: "slot_taken" });
  }
}

export async function listReservations(em: EntityManager, user: User, query: ReservationListQuery, now: number) {
  const q = presentableReservations(em);
  if (user.role === "company_member") q.where("r.companyId = :companyId", { companyId: user.companyId ?? -1 });
  else if (user.role === "staff" || user.role === "institution_admin") q.where("r.institutionId = :institutionId", { institutionId: user.institutionId ?? -1 });
  else q.where("1 = 1");
  if (query.status) q.andWhere("r.status = :status", { status: query.status });
  if (query.instrumentId) q.andWhere("r.instrumentId = :instrumentId", { instrumentId: query.instrumentId });
  if (query.from) q.andWhere("r.endsAt > :from", { from: new Date(query.from) });
  if (query.to) q.andWhere("r.startsAt < :to", { to: new Date(query.to) });
  if (query.scope === "upcoming") q.andWhere("r.endsAt > :now", { now: new Date(now) });
  if (query.scope === "past") q.andWhere("r.endsAt <= :now", { now: new Date(now) });
  const [items, total] = await q
    .orderBy("r.startsAt", query.scope === "past" ? "DESC" : "ASC")
    .addOrderBy("r.id", "ASC")
    .skip((query.page - 1) * query.pageSize)
    .take(query.pageSize)
    .getManyAndCount();
  return { items, total };
}
