import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { InstrumentInputSchema, InstrumentStatusRequestSchema, UpdateInstrumentRequestSchema } from "../../shared/schemas/facility";
import { covers, type Interval } from "../../shared/time/intervals";
import { durationMinutes, isOnGrid } from "../../shared/time/slots";
import { changeStartsAt, hoursInForce } from "../../shared/time/hours-in-force";
import { DateTime } from "luxon";
import { Institution, Instrument, type Reservation, type User } from "../platform/db/entities";
import { checkUsageMode } from "../availability";
import { buildSearchText } from "../catalogue";
import { Conflict, Forbidden } from "../platform/errors";
import { canOnInstitution } from "../institutions";
import { localizedSummaries } from "../booking";
import { activeReservationsIn, cancelByFacility } from "../booking";
import { recordAudit } from "../platform/audit-trail";
import { findInstrument } from "../instruments";

type InstrumentInput = z.output<typeof InstrumentInputSchema>;
type StatusInput = z.output<typeof InstrumentStatusRequestSchema>;
type UpdateInput = z.output<typeof UpdateInstrumentRequestSchema>;

const FOREVER = 10 * 366 * 86_400_000;

function applyInput(target: Instrument, input: Partial<InstrumentInput>): void {
  const { location, rules, usageModes, rates, ...plain } = input;
  Object.assign(target, plain);
  if (location) Object.assign(target, { building: location.building, room: location.room });
  if (rules) Object.assign(target, rules);
  if (usageModes) Object.assign(target, usageModes);
  if (rates) {
    Object.assign(target, { rateAcademic: rates.academic, rateCompany: rates.company, rateSme: rates.sme, rateAssistance: rates.assistancePerHour });
  }
}

async function managedInstrument(em: EntityManager, user: User, id: number): Promise<Instrument> {
  const instrument = await findInstrument(em, id);
  if (!canOnInstitution(user, "manage", instrument.institutionId)) throw new Forbidden("Only the institution's admins change its instruments");
  return instrument;
}

export async function createInstrument(em: EntityManager, user: User, input: InstrumentInput & { institutionId?: number }): Promise<Instrument> {
  const institutionId = input.institutionId ?? user.institutionId;
  if (institutionId === null || !canOnInstitution(user, "manage", institutionId)) throw new Forbidden("Only institution admins add instruments");
  const institution = await em.getRepository(Institution).findOneByOrFail({ id: institutionId });
  const { institutionId: _ignored, ...fields } = input;
  const instrument = em.getRepository(Instrument).create({ institutionId, status: "active" });
  applyInput(instrument, fields);
  instrument.searchText = buildSearchText({ ...instrument, institution });
  await em.getRepository(Instrument).save(instrument);
  await recordAudit(em, { actorUserId: user.id, action: "instrument.created", entityType: "instrument", entityId: instrument.id, institutionId });
  return findInstrument(em, instrument.id);
}

/** Whether a booked reservation would break the instrument's new hours (in force on its date), grid, durations or modes. */
function breaksUnder(next: Instrument, zone: string, reservation: Reservation): boolean {
  const interval: Interval = { start: reservation.startsAt.getTime(), end: reservation.endsAt.getTime() };
  const minutes = durationMinutes(interval);
  return (
    !covers(hoursInForce(next.openingHours, next.openingHoursChange, zone, interval), interval) ||
    !isOnGrid(interval.start, next.slotMinutes, zone) ||
    !isOnGrid(interval.end, next.slotMinutes, zone) ||
    minutes < next.minDurationMinutes ||
    minutes > next.maxDurationMinutes ||
    checkUsageMode(next, reservation.assistanceType) !== null
  );
}

/**
 * New opening hours, now or from a date. A change already in force becomes the current hours first; a date
 * replaces any change still to come.
 */
function scheduleHours(next: Instrument, input: UpdateInput, zone: string, now: number): void {
  const pending = next.openingHoursChange;
  const current = pending && changeStartsAt(pending, zone) <= now ? pending.hours : next.openingHours;
  if (!input.openingHours) return;
  if (input.openingHoursFrom && DateTime.fromISO(input.openingHoursFrom, { zone }).toMillis() > now) {
    next.openingHours = current;
    next.openingHoursChange = { hours: input.openingHours, from: input.openingHoursFrom };
  } else {
    next.openingHours = input.openingHours;
    next.openingHoursChange = null;
  }
}

/**
 * Edits an instrument. Changes to hours, rules or usage modes never silently invalidate what is booked: upcoming
 * pending or confirmed reservations the change would break are listed and the change refused (409
 * `reservations_affected`), unless the admin chose to cancel them with a notice or keep them as exceptions.
 * New hours may instead take effect from a later date (`openingHoursFrom`), after the last booking they would strand.
 */
export async function updateInstrument(em: EntityManager, user: User, id: number, input: UpdateInput, now: number) {
  const instrument = await managedInstrument(em, user, id);
  const { onAffected = "refuse", notice, openingHoursFrom: _from, ...fields } = input;
  const { openingHours: _hours, ...rest } = fields;
  const next = em.getRepository(Instrument).create({ ...instrument });
  applyInput(next, rest);
  scheduleHours(next, input, instrument.institution.timezone, now);
  let broken: Reservation[] = [];
  if (input.openingHours || input.rules || input.usageModes) {
    const upcoming = await activeReservationsIn(em, { institutionId: instrument.institutionId, instrumentId: id, window: { start: now, end: now + FOREVER } });
    broken = upcoming.filter((r) => breaksUnder(next, instrument.institution.timezone, r));
    if (broken.length > 0 && onAffected === "refuse") {
      throw new Conflict("The change would invalidate booked reservations; cancel them with a notice, keep them, or make the change from a later date", {
        reason: "reservations_affected",
        reservations: localizedSummaries(broken),
      });
    }
  }
  if (onAffected === "cancel") await cancelByFacility(em, user, broken, notice!, { cause: "instrument_change" }, now);
  next.searchText = buildSearchText(next);
  await em.getRepository(Instrument).save(next);
  await recordAudit(em, {
    actorUserId: user.id,
    action: "instrument.updated",
    entityType: "instrument",
    entityId: id,
    institutionId: instrument.institutionId,
    reason: onAffected === "cancel" ? notice : null,
    details: {
      changed: Object.keys(fields),
      ...(next.openingHoursChange ? { openingHoursFrom: next.openingHoursChange.from } : {}),
      ...(broken.length > 0 ? { [onAffected === "cancel" ? "cancelledReservationIds" : "keptReservationIds"]: broken.map((r) => r.id) } : {}),
    },
  });
  return { instrument: await findInstrument(em, id), cancelled: onAffected === "cancel" ? broken : [], kept: onAffected === "keep" ? broken : [] };
}

/**
 * Puts an instrument into maintenance, retires it, or reactivates it. Upcoming reservations are listed and
 * the change refused, unless `cancelAffected` is set: then they are cancelled with `reason` as the notice.
 */
export async function setInstrumentStatus(em: EntityManager, user: User, id: number, input: StatusInput, now: number) {
  const instrument = await managedInstrument(em, user, id);
  const affected =
    input.status === "active" ? [] : await activeReservationsIn(em, { institutionId: instrument.institutionId, instrumentId: id, window: { start: now, end: now + FOREVER } });
  if (affected.length > 0 && !input.cancelAffected) {
    throw new Conflict(`Upcoming reservations would be left on a ${input.status} instrument; cancel them with a notice or use a blackout window`, {
      reason: "reservations_affected",
      reservations: localizedSummaries(affected),
    });
  }
  const notice = input.reason || `The instrument is ${input.status === "retired" ? "retired" : "under maintenance"}`;
  await cancelByFacility(em, user, affected, notice, { cause: "instrument_status", status: input.status }, now);
  await em.getRepository(Instrument).update(id, { status: input.status });
  await recordAudit(em, {
    actorUserId: user.id,
    action: "instrument.status_changed",
    entityType: "instrument",
    entityId: id,
    institutionId: instrument.institutionId,
    reason: input.reason ?? null,
    details: { from: instrument.status, to: input.status, cancelledReservationIds: affected.map((r) => r.id) },
  });
  return { instrument: await findInstrument(em, id), cancelled: affected };
}
