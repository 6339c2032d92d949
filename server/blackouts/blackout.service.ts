import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { BlackoutListQuerySchema, CreateBlackoutRequestSchema, UpdateBlackoutRequestSchema } from "../../shared/schemas/facility";
import type { Interval } from "../../shared/time/intervals";
import { Blackout, type Reservation, type User } from "../platform/db/entities";
import { Conflict, Forbidden, NotFound, ValidationError } from "../platform/errors";
import { canOnInstitution, listScope } from "../institutions";
import { localizedSummaries } from "../booking";
import { activeReservationsIn, cancelByFacility } from "../booking";
import { recordAudit } from "../platform/audit-trail";
import { findInstrument } from "../instruments";

type CreateInput = z.output<typeof CreateBlackoutRequestSchema>;
type UpdateInput = z.output<typeof UpdateBlackoutRequestSchema>;
type ListQuery = z.output<typeof BlackoutListQuerySchema>;

interface Target {
  institutionId: number;
  instrumentId: number | null;
}

/** The institution and instrument a window applies to; only that institution's admins may place one there. */
async function resolveTarget(em: EntityManager, user: User, institutionId: number | undefined, instrumentId: number | null | undefined): Promise<Target> {
  if (instrumentId) {
    const instrument = await findInstrument(em, instrumentId);
    if (institutionId !== undefined && institutionId !== instrument.institutionId) throw new NotFound("Instrument");
    return { institutionId: instrument.institutionId, instrumentId };
  }
  const own = institutionId ?? user.institutionId;
  if (own === null && user.role === "coordinator") {
    const message = "The coordinator oversees several institutions: name one (institutionId) or an instrument (instrumentId)";
    throw new ValidationError(message, { issues: [{ path: "institutionId", code: "required", message }] });
  }
  if (own === null) throw new Forbidden("Only institution admins manage blackout windows");
  return { institutionId: own, instrumentId: null };
}

/** Reservations (pending or confirmed) that a window would cover. */
export async function reservationsUnder(em: EntityManager, user: User, target: { institutionId?: number; instrumentId?: number | null }, window: Interval) {
  const resolved = await resolveTarget(em, user, target.institutionId, target.instrumentId);
  if (!canOnInstitution(user, "view", resolved.institutionId)) throw new Forbidden();
  return activeReservationsIn(em, { ...resolved, window });
}

async function clearWindow(em: EntityManager, user: User, target: Target, window: Interval, cancelAffected: boolean) {
  const affected = await activeReservationsIn(em, { ...target, window });
  if (affected.length > 0 && !cancelAffected) {
    throw new Conflict("Reservations fall inside this window; cancel them with a notice to the companies, or move the window", {
      reason: "reservations_affected",
      reservations: localizedSummaries(affected),
    });
  }
  return affected;
}

async function cancelUnder(em: EntityManager, user: User, affected: Reservation[], blackout: Blackout, now: number): Promise<void> {
  const notice = blackout.reason || (blackout.kind === "maintenance" ? "The instrument is under maintenance at that time" : "The facility is closed at that time");
  await cancelByFacility(em, user, affected, notice, { cause: "blackout", blackoutId: blackout.id }, now);
}

/**
 * Adds a maintenance or closure window. Reservations inside it are listed and the window refused, unless
 * `cancelAffected` is set: then they are cancelled, each with the window's reason as the notice.
 */
export async function createBlackout(em: EntityManager, user: User, input: CreateInput, now: number) {
  const target = await resolveTarget(em, user, input.institutionId, input.instrumentId);
  if (!canOnInstitution(user, "manage", target.institutionId)) throw new Forbidden("Only the institution's admins manage blackout windows");
  const window = { start: Date.parse(input.start), end: Date.parse(input.end) };
  const affected = await clearWindow(em, user, target, window, input.cancelAffected);
  const blackout = em.getRepository(Blackout).create({
    ...target,
    startsAt: new Date(window.start),
    endsAt: new Date(window.end),
    kind: input.kind,
    reason: input.reason,
    createdById: user.id,
  });
  await em.getRepository(Blackout).insert(blackout);
  await cancelUnder(em, user, affected, blackout, now);
  await recordAudit(em, {
    actorUserId: user.id,
    action: "blackout.created",
    entityType: "blackout",
    entityId: blackout.id,
    institutionId: target.institutionId,
    reason: input.reason || null,
    details: { instrumentId: target.instrumentId, start: input.start, end: input.end, cancelledReservationIds: affected.map((r) => r.id) },
  });
  return { blackout, cancelled: affected };
}

async function managedBlackout(em: EntityManager, user: User, id: number): Promise<Blackout> {
  const blackout = await em.getRepository(Blackout).findOneBy({ id });
  if (!blackout || !canOnInstitution(user, "view", blackout.institutionId)) throw new NotFound("Blackout");
  if (!canOnInstitution(user, "manage", blackout.institutionId)) throw new Forbidden();
  return blackout;
}

/** Moves (or relabels) a window, with the same rule for reservations under its new place. */
export async function updateBlackout(em: EntityManager, user: User, id: number, input: UpdateInput, now: number) {
  const blackout = await managedBlackout(em, user, id);
  const window = { start: Date.parse(input.start), end: Date.parse(input.end) };
  const affected = await clearWindow(em, user, blackout, window, input.cancelAffected);
  const previous = { start: blackout.startsAt.toISOString(), end: blackout.endsAt.toISOString() };
  Object.assign(blackout, { startsAt: new Date(window.start), endsAt: new Date(window.end) });
  if (input.kind) blackout.kind = input.kind;
  if (input.reason !== undefined) blackout.reason = input.reason;
  blackout.revision += 1;
  await em.getRepository(Blackout).save(blackout);
  await cancelUnder(em, user, affected, blackout, now);
  await recordAudit(em, {
    actorUserId: user.id,
    action: "blackout.moved",
    entityType: "blackout",
    entityId: id,
    institutionId: blackout.institutionId,
    reason: blackout.reason || null,
    details: { previous, start: input.start, end: input.end, cancelledReservationIds: affected.map((r) => r.id) },
  });
  return { blackout, cancelled: affected };
}

export async function deleteBlackout(em: EntityManager, user: User, id: number): Promise<void> {
  const blackout = await managedBlackout(em, user, id);
  await em.getRepository(Blackout).delete(id);
  await recordAudit(em, {
    actorUserId: user.id,
    action: "blackout.removed",
    entityType: "blackout",
    entityId: id,
    institutionId: blackout.institutionId,
    details: { instrumentId: blackout.instrumentId, start: blackout.startsAt.toISOString(), end: blackout.endsAt.toISOString() },
  });
}

export async function listBlackouts(em: EntityManager, user: User, query: ListQuery): Promise<Blackout[]> {
  const institutionId = listScope(user, query.institutionId);
  const q = em.getRepository(Blackout).createQueryBuilder("b").orderBy("b.startsAt", "ASC").addOrderBy("b.id", "ASC");
  if (institutionId !== null) q.andWhere("b.institutionId = :institutionId", { institutionId });
  if (query.instrumentId) q.andWhere("(b.instrumentId = :instrumentId OR b.instrumentId IS NULL)", { instrumentId: query.instrumentId });
  if (query.from) q.andWhere("b.endsAt > :from", { from: new Date(query.from) });
  if (query.to) q.andWhere("b.startsAt < :to", { to: new Date(query.to) });
  return q.take(1000).getMany();
}
