import type { EntityManager } from "typeorm";
import type { z } from "zod";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import type { AssistanceListQuerySchema } from "../../shared/schemas/staff";
import { covers, overlaps, type Interval } from "../../shared/time/intervals";
import { lockForBooking } from "../booking";
import { AuditEvent, Reservation } from "../platform/db/entities";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../platform/errors";
import type { Actor } from "../platform/actor";
import { canOnAssistance, type AssistanceAction } from "./assistance.policy";
import { listScope } from "../institutions";
import { recordAudit } from "../platform/audit-trail";
import { presentableReservations } from "../booking";
import { findInstrument } from "../instruments";
import { loadInstrumentCalendar, type StaffCalendar } from "../availability";
import { loadReservation } from "../booking";
import { chooseStaff } from "../availability";
import type { AuditAction } from "../../shared/audit-actions";

type ListQuery = z.output<typeof AssistanceListQuerySchema>;

async function authorizedRequest(em: EntityManager, actor: Actor, id: number, action: AssistanceAction, now: number): Promise<Reservation> {
  const reservation = await loadReservation(em, id);
  if (reservation.assistanceType === "none" || !canOnAssistance(actor, "view", reservation)) throw new NotFound("Assistance request");
  if (!canOnAssistance(actor, action, reservation)) throw new Forbidden();
  if (!(ACTIVE_RESERVATION_STATUSES as readonly string[]).includes(reservation.status)) {
    throw new RuleViolation(`The reservation is ${reservation.status}`, { reason: "invalid_transition" });
  }
  if (reservation.endsAt.getTime() <= now) throw new RuleViolation("The session is already over", { reason: "invalid_transition" });
  return reservation;
}

/** Requests needing staff: those awaiting an answer, accepted ones, or ones nobody could be found for. */
export async function listAssistanceRequests(em: EntityManager, actor: Actor, query: ListQuery, now: number): Promise<Reservation[]> {
  const institutionId = listScope(actor.user, query.institutionId);
  const q = presentableReservations(em)
    .where("r.assistanceType <> :none", { none: "none" })
    .andWhere("r.status IN (:...active)", { active: ACTIVE_RESERVATION_STATUSES });
  if (institutionId !== null) q.andWhere("r.institutionId = :institutionId", { institutionId });
  const statuses = query.status === "open" ? ["assigned", "unstaffed"] : [query.status];
  q.andWhere("r.assistanceStatus IN (:...statuses)", { statuses });
  if (query.mine) q.andWhere("r.assignedStaffId = :me", { me: actor.staffMemberId ?? -1 });
  if (query.scope === "upcoming") q.andWhere("r.endsAt > :now", { now: new Date(now) });
  return q.orderBy("r.startsAt", "ASC").addOrderBy("r.id", "ASC").take(500).getMany();
}

export async function acceptAssistance(em: EntityManager, actor: Actor, id: number, now: number): Promise<Reservation> {
  const reservation = await authorizedRequest(em, actor, id, "accept", now);
  if (reservation.assistanceStatus !== "assigned") {
    throw new RuleViolation(`The request is ${reservation.assistanceStatus}, not awaiting an answer`, { reason: "invalid_transition" });
  }
  await em.getRepository(Reservation).update(id, { assistanceStatus: "accepted", revision: reservation.revision + 1 });
  await audit(em, actor, reservation, "reservation.assistance_accepted", null, {});
  return loadReservation(em, id);
}

/** The assignee (or an admin for them) declines with a reason; the request goes to a free colleague, or is left unstaffed. */
export async function declineAssistance(em: EntityManager, actor: Actor, id: number, reason: string, now: number): Promise<Reservation> {
  const reservation = await authorizedRequest(em, actor, id, "decline", now);
  if (reservation.assignedStaffId === null) throw new RuleViolation("Nobody is assigned to this request", { reason: "invalid_transition" });
  await audit(em, actor, reservation, "reservation.assistance_declined", reason, { staffMemberId: reservation.assignedStaffId });
  return handOver(em, actor, reservation, { exclude: await declinedBy(em, reservation.id), reason });
}

/**
 * Hands a request to `staffMemberId` (who must support the instrument, work then and be free), or without
 * one to whichever colleague is free (the least loaded); when nobody is, it is marked unstaffed and the
 * company sees that on its reservation.
 */
export async function reassignAssistance(em: EntityManager, actor: Actor, id: number, target: { staffMemberId?: number; reason?: string }, now: number) {
  const reservation = await authorizedRequest(em, actor, id, "reassign", now);
  if (target.staffMemberId !== undefined && target.staffMemberId === reservation.assignedStaffId) {
    throw new RuleViolation("The request is already assigned to this staff member", { reason: "invalid_target" });
  }
  const exclude = target.staffMemberId !== undefined ? [] : await declinedBy(em, reservation.id);
  if (reservation.assignedStaffId !== null) exclude.push(reservation.assignedStaffId);
  return handOver(em, actor, reservation, { exclude, target: target.staffMemberId, reason: target.reason ?? null });
}

/** Staff who have declined this request: automatic handovers never offer it to them again. */
async function declinedBy(em: EntityManager, reservationId: number): Promise<number[]> {
  const events = await em.getRepository(AuditEvent).findBy({ entityType: "reservation", entityId: reservationId, action: "reservation.assistance_declined" });
  return events.map((e) => Number(e.details?.staffMemberId)).filter((id) => Number.isInteger(id));
}

async function handOver(
  em: EntityManager,
  actor: Actor,
  loaded: Reservation,
  options: { exclude: number[]; target?: number; reason: string | null },
): Promise<Reservation> {
  // On PostgreSQL other processes may be booking the same staff: take the booking locks, then re-read.
  await lockForBooking(em, loaded.instrumentId, { withStaff: true });
  const reservation = await loadReservation(em, loaded.id);
  const interval: Interval = { start: reservation.startsAt.getTime(), end: reservation.endsAt.getTime() };
  const instrument = await findInstrument(em, reservation.instrumentId);
  const calendar = await loadInstrumentCalendar(em, instrument, interval, { excludeReservationId: reservation.id });
  const candidates = calendar.staff.filter((s) => !options.exclude.includes(s.staffMemberId));
  const cover = options.target === undefined ? await anyFree(em, candidates, interval) : named(candidates, options.target, interval);
  const from = reservation.assignedStaffId;
  await em.getRepository(Reservation).update(reservation.id, {
    assignedStaffId: cover?.staffMemberId ?? null,
    assistanceStatus: cover ? "assigned" : "unstaffed",
    revision: reservation.revision + 1,
  });
  await audit(em, actor, reservation, cover ? "reservation.reassigned" : "reservation.unstaffed", options.reason, {
    fromStaffMemberId: from,
    toStaffMemberId: cover?.staffMemberId ?? null,
  });
  return loadReservation(em, reservation.id);
}

async function anyFree(em: EntityManager, candidates: StaffCalendar[], interval: Interval): Promise<StaffCalendar | null> {
  try {
    return await chooseStaff(em, candidates, interval);
  } catch (error) {
    if (error instanceof RuleViolation || error instanceof Conflict) return null;
    throw error;
  }
}

function named(candidates: StaffCalendar[], staffMemberId: number, interval: Interval): StaffCalendar {
  const target = candidates.find((s) => s.staffMemberId === staffMemberId);
  if (!target) {
    throw new RuleViolation("That colleague does not support this instrument or is not active", { reason: "staff_not_qualified" });
  }
  if (!covers(target.working, interval)) {
    throw new RuleViolation("That colleague does not work at that time", { reason: "no_staff_scheduled" });
  }
  if (target.busy.some((b) => overlaps(b, interval))) {
    throw new Conflict("That colleague is already committed or off at that time", { reason: "staff_unavailable" });
  }
  return target;
}

function audit(em: EntityManager, actor: Actor, reservation: Reservation, action: AuditAction, reason: string | null, details: Record<string, unknown>) {
  return recordAudit(em, {
    actorUserId: actor.user.id,
    action,
    entityType: "reservation",
    entityId: reservation.id,
    institutionId: reservation.institutionId,
    companyId: reservation.companyId,
    reason,
    details,
  });
}
