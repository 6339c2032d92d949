import { DateTime } from "luxon";
import { In, type EntityManager } from "typeorm";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import { normalize, type Interval } from "../../shared/time/intervals";
import { hoursInForce } from "../../shared/time/hours-in-force";
import { Blackout, InstitutionClosure, Reservation, type Instrument } from "../platform/db/entities";
import { bookableSlots } from "./booking-rules";
import { closedDayTest } from "./closed-days";
import { earliestStart } from "./instrument-calendar";

type Candidate = Pick<Instrument, "id" | "institutionId" | "status" | "openingHours" | "openingHoursChange" | "slotMinutes" | "minDurationMinutes" | "leadTimeHours" | "horizonDays"> & {
  institution: Pick<Instrument["institution"], "timezone" | "closedOnNationalHolidays">;
};

/** Up to this many candidates, reservations are read by instrument (`freeAmong` in the catalogue asks 1,000 at a time). */
const BY_INSTRUMENT_UP_TO = 1000;

const toInterval = (row: { startsAt: Date; endsAt: Date }): Interval => ({ start: row.startsAt.getTime(), end: row.endsAt.getTime() });

/**
 * Which candidates have at least one bookable slot on `date` (a local date in each institution's zone): the
 * same rules as the availability endpoint, computed for many instruments with three queries in total
 * (closures, blackouts, reservations of that day) instead of per instrument.
 */
export async function instrumentsFreeOn(em: EntityManager, candidates: Candidate[], date: string, now: number): Promise<Set<number>> {
  const active = candidates.filter((c) => c.status === "active");
  if (active.length === 0) return new Set();
  const dayOf = localDays(date);
  const day = await loadDay(em, active, date, dayOf);
  const openingOf = sharedOpenings(date, dayOf);
  // Instruments with the same hours and rules and nothing booked that day share one answer: compute it once.
  const unblockedAnswers = new Map<string, boolean>();
  const free = new Set<number>();
  for (const candidate of active) {
    const zone = candidate.institution.timezone;
    const closed = day.closedInstitutions.has(candidate.institutionId);
    const blocked = normalize([
      ...(day.blackoutsByInstitution.get(candidate.institutionId) ?? []).filter((b) => b.instrumentId === null || b.instrumentId === candidate.id).map(toInterval),
      ...(day.busyByInstrument.get(candidate.id) ?? []).map(toInterval),
    ]);
    const key = blocked.length === 0
      ? JSON.stringify([zone, closed, candidate.institution.closedOnNationalHolidays, candidate.openingHours, candidate.openingHoursChange, candidate.slotMinutes, candidate.minDurationMinutes, candidate.leadTimeHours, candidate.horizonDays])
      : null;
    let hasSlot = key === null ? undefined : unblockedAnswers.get(key);
    if (hasSlot === undefined) {
      hasSlot = bookableSlots(candidate, zone, openingOf(candidate, closed), blocked, dayOf(zone), now).length > 0;
      if (key !== null) unblockedAnswers.set(key, hasSlot);
    }
    if (hasSlot) free.add(candidate.id);
  }
  return free;
}

/** The local date `date` as an interval in each zone asked for (remembered per zone). */
function localDays(date: string): (zone: string) => Interval {
  const days = new Map<string, Interval>();
  return (zone) => {
    let day = days.get(zone);
    if (!day) {
      const start = DateTime.fromISO(date, { zone }).startOf("day");
      day = { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
      days.set(zone, day);
    }
    return day;
  };
}

/** The day's closures, blackouts and active reservations of every candidate, in three queries. */
async function loadDay(em: EntityManager, active: Candidate[], date: string, dayOf: (zone: string) => Interval) {
  // The union of the day in every zone involved bounds the rows worth loading.
  const zoneDays = [...new Set(active.map((c) => c.institution.timezone))].map(dayOf);
  const span = { from: new Date(Math.min(...zoneDays.map((d) => d.start))), to: new Date(Math.max(...zoneDays.map((d) => d.end))) };
  const institutionIds = [...new Set(active.map((c) => c.institutionId))];
  const closures = await em.getRepository(InstitutionClosure).find({ where: { institutionId: In(institutionIds), date }, select: { institutionId: true, date: true } });
  const blackouts = await em
    .getRepository(Blackout)
    .createQueryBuilder("b")
    .where("b.institutionId IN (:...institutionIds)", { institutionIds })
    .andWhere("b.startsAt < :to AND b.endsAt > :from", span)
    .getMany();
  const reservations = em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .select(["r.instrumentId", "r.startsAt", "r.endsAt"])
    .where("r.startsAt >= :earliest AND r.startsAt < :to AND r.endsAt > :from", { ...span, earliest: earliestStart(span.from) })
    .andWhere("r.status IN (:...statuses)", { statuses: ACTIVE_RESERVATION_STATUSES });
  // A few candidates: their own (instrument_id, starts_at) index ranges read far fewer rows than every instrument's week.
  if (active.length <= BY_INSTRUMENT_UP_TO) reservations.andWhere("r.instrumentId IN (:...instrumentIds)", { instrumentIds: active.map((c) => c.id) });
  return {
    closedInstitutions: new Set(closures.map((c) => c.institutionId)),
    busyByInstrument: groupBy(await reservations.getMany(), (r) => r.instrumentId),
    blackoutsByInstitution: groupBy(blackouts, (b) => b.institutionId),
  };
}

/** Opening hours on the day: the costly part (zoned calendar arithmetic), shared by instruments with the same hours. */
function sharedOpenings(date: string, dayOf: (zone: string) => Interval): (candidate: Candidate, closed: boolean) => Interval[] {
  const openings = new Map<string, Interval[]>();
  return (candidate, closed) => {
    const zone = candidate.institution.timezone;
    const key = JSON.stringify([zone, closed, candidate.institution.closedOnNationalHolidays, candidate.openingHours, candidate.openingHoursChange]);
    let open = openings.get(key);
    if (!open) {
      const isClosed = closedDayTest(candidate.institution.closedOnNationalHolidays, closed ? [date] : []);
      open = hoursInForce(candidate.openingHours, candidate.openingHoursChange, zone, dayOf(zone), isClosed);
      openings.set(key, open);
    }
    return open;
  };
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
