import { Brackets, type EntityManager } from "typeorm";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import type { Interval } from "../../shared/time/intervals";
import { Reservation, type User } from "../platform/db/entities";
import { recordAudit } from "../platform/audit-trail";

export interface AffectedFilter {
  institutionId: number;
  /** One instrument, or every instrument of the institution when null or absent. */
  instrumentId?: number | null;
  /** Only reservations this staff member is assigned to. */
  staffMemberId?: number;
  instrumentIds?: number[];
  window: Interval;
}

/** Pending and confirmed reservations (instrument and company loaded) overlapping a window, earliest first. */
export async function activeReservationsIn(em: EntityManager, filter: AffectedFilter): Promise<Reservation[]> {
  const query = em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .innerJoinAndSelect("r.instrument", "instrument")
    .innerJoinAndSelect("r.company", "company")
    .where("r.institutionId = :institutionId", { institutionId: filter.institutionId })
    .andWhere("r.status IN (:...active)", { active: ACTIVE_RESERVATION_STATUSES })
    .andWhere("r.startsAt < :to AND r.endsAt > :from", { from: new Date(filter.window.start), to: new Date(filter.window.end) });
  if (filter.instrumentId) query.andWhere("r.instrumentId = :instrumentId", { instrumentId: filter.instrumentId });
  if (filter.staffMemberId !== undefined) query.andWhere("r.assignedStaffId = :staffMemberId", { staffMemberId: filter.staffMemberId });
  if (filter.instrumentIds) {
    if (filter.instrumentIds.length === 0) return [];
    query.andWhere(new Brackets((q) => q.where("r.instrumentId IN (:...instrumentIds)", { instrumentIds: filter.instrumentIds })));
  }
  return query.orderBy("r.startsAt", "ASC").addOrderBy("r.id", "ASC").getMany();
}

/**
 * Cancels reservations on the facility's side, with `reason` as the notice the companies see on each
 * reservation and in its history; `cause` says what forced it (blackout, closure, status change).
 */
export async function cancelByFacility(
  em: EntityManager,
  actor: User,
  reservations: Reservation[],
  reason: string,
  cause: Record<string, unknown>,
  now: number,
): Promise<void> {
  for (const reservation of reservations) {
    await em.getRepository(Reservation).update(reservation.id, {
      status: "cancelled",
      cancellationReason: reason,
      cancelledAt: new Date(now),
      cancelledById: actor.id,
      revision: reservation.revision + 1,
    });
    await recordAudit(em, {
      actorUserId: actor.id,
      action: "reservation.cancelled_by_facility",
      entityType: "reservation",
      entityId: reservation.id,
      institutionId: reservation.institutionId,
      companyId: reservation.companyId,
      reason,
      details: { previousStatus: reservation.status, ...cause },
    });
  }
}
