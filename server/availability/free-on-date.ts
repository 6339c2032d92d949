import { DateTime } from "luxon";
import { In, type EntityManager } from "typeorm";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import { normalize, type Interval } from "../../shared/time/intervals";
import { buildDateRanges } from "../../shared/time/weekly-hours";
import { Blackout, InstitutionClosure, Reservation, type Instrument } from "../platform/db/entities";
import { bookableSlots } from "./booking-rules";
import { closedDayTest } from "./closed-days";

type Candidate = Pick<Instrument, "id" | "institutionId" | "status" | "openingHours" | "slotMinutes" | "minDurationMinutes" | "leadTimeHours" | "horizonDays"> & {
  institution: Pick<Instrument["institution"], "timezone" | "closedOnNationalHolidays">;
};

const toInterval = (row: { startsAt: Date; endsAt: Date }): Interval => ({ start: row.startsAt.getTime(), end: row.endsAt.getTime() });

/**
 * Which candidates have at least one bookable slot on `date` (a local date in each institution's zone): the
 * same rules as the availability endpoint, computed for many instruments with three queries in total
 * (closures, blackouts, reservations of that day) instead of per instrument.
 */
export async function instrumentsFreeOn(em: EntityManager, candidates: Candidate[], date: string, now: number): Promise<Set<number>> {
  const active = candidates.filter((c) => c.status === "active");
  if (active.length === 0) return new Set();
  const days = new Map<string, Interval>();
  const dayOf = (zone: string): Interval => {
    let day = days.get(zone);
    if (!day) {
      const start = DateTime.fromISO(date, { zone }).startOf("day");
      day = { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
      days.set(zone, day);
    }
    return day;
  };
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
  const reservations = await em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .select(["r.instrumentId", "r.startsAt", "r.endsAt"])
    .where("r.startsAt < :to AND r.endsAt > :from", span)
    .andWhere("r.status IN (:...statuses)", { statuses: ACTIVE_RESERVATION_STATUSES })
    .getMany();

  const closedInstitutions = new Set(closures.map((c) => c.institutionId));
  const busyByInstrument = groupBy(reservations, (r) => r.instrumentId);
  const blackoutsByInstitution = groupBy(blackouts, (b) => b.institutionId);

  // Opening hours are the costly part (zoned calendar arithmetic); instruments with the same hours share them.
  const openings = new Map<string, Interval[]>();
  const openingOf = (candidate: Candidate, closed: boolean): Interval[] => {
    const zone = candidate.institution.timezone;
    const key = JSON.stringify([zone, closed, candidate.institution.closedOnNationalHolidays, candidate.openingHours]);
    let open = openings.get(key);
    if (!open) {
      const isClosed = closedDayTest(candidate.institution.closedOnNationalHolidays, closed ? [date] : []);
      open = buildDateRanges(candidate.openingHours, zone, dayOf(zone), isClosed);
      openings.set(key, open);
    }
    return open;
  };
  // Instruments with the same hours and rules and nothing booked that day share one answer: compute it once.
  const unblockedAnswers = new Map<string, boolean>();
  const free = new Set<number>();
  for (const candidate of active) {
    const zone = candidate.institution.timezone;
    const closed = closedInstitutions.has(candidate.institutionId);
    const blocked = normalize([
      ...(blackoutsByInstitution.get(candidate.institutionId) ?? []).filter((b) => b.instrumentId === null || b.instrumentId === candidate.id).map(toInterval),
      ...(busyByInstrument.get(candidate.id) ?? []).map(toInterval),
    ]);
    const key = blocked.length === 0
      ? JSON.stringify([zone, closed, candidate.institution.closedOnNationalHolidays, candidate.openingHours, candidate.slotMinutes, candidate.minDurationMinutes, candidate.leadTimeHours, candidate.horizonDays])
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

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
