import type { EntityManager } from "typeorm";
import { LIMITS } from "../../shared/limits";
import { normalize, subtract, type Interval } from "../../shared/time/intervals";
import { buildDateRanges, localDatesIn } from "../../shared/time/weekly-hours";
import { hoursInForce } from "../../shared/time/hours-in-force";
import { type Institution, InstitutionClosure, type Instrument, StaffMember } from "../platform/db/entities";
import { loadCalendarRows } from "./calendar-rows";
import { compiledSelect } from "../platform/db/compiled-select";
import { closedDayTest } from "./closed-days";

export interface StaffCalendar {
  staffMemberId: number;
  name: string;
  /** The staff record with its user, as loaded (what a reservation's `assignedStaff` holds). */
  member: StaffMember;
  /** Working hours over the window, minus closed days. */
  working: Interval[];
  /** Time off, active assignments and proposed consultation meetings. */
  busy: Interval[];
  free: Interval[];
}

/** Everything that decides when an instrument (and its staff) can be booked within a window. */
export interface InstrumentCalendar {
  zone: string;
  isClosed: (isoDate: string) => boolean;
  open: Interval[];
  blackouts: Interval[];
  reservations: Interval[];
  staff: StaffCalendar[];
  /** Whether `qualificationOf` may use the instrument on their own (false when not asked). */
  selfUseQualified: boolean;
  /** The catalogue revision read with the calendar (`withCatalogueRevision`), else null. */
  catalogueRevision: number | null;
}

/** The institution's closed-day test over a window: national holidays (if observed) and its own closure days. */
export async function loadClosedDayTest(em: EntityManager, institution: Institution, window: Interval): Promise<(isoDate: string) => boolean> {
  const dates = localDatesIn(window, institution.timezone);
  const closures = dates.length
    ? await em
        .getRepository(InstitutionClosure)
        .createQueryBuilder("c")
        .select("c.date")
        .where("c.institutionId = :institutionId", { institutionId: institution.id })
        .andWhere("c.date BETWEEN :first AND :last", { first: dates[0], last: dates[dates.length - 1] })
        .getMany()
    : [];
  return closedDayTest(institution.closedOnNationalHolidays, closures.map((c) => c.date));
}
/**
 * Reservations overlapping a window start at most one maximal reservation before it: bounding `startsAt` on both
 * sides keeps the (instrument_id, starts_at) and (assigned_staff_id, starts_at) index ranges to the window instead
 * of the whole history.
 */
export const earliestStart = (from: Date) => new Date(from.getTime() - LIMITS.maxReservationMinutes * 60_000);

const toInterval = (row: { startsAt: Date; endsAt: Date }): Interval => ({ start: row.startsAt.getTime(), end: row.endsAt.getTime() });

/**
 * Loads an instrument's calendar over `window`. `instrument.institution` must be loaded.
 * `excludeReservationId` leaves one reservation out (when re-checking a reservation that is being moved);
 * `qualificationOf` also reads whether that user holds a valid self-use qualification at that instant;
 * `withCatalogueRevision` the catalogue revision.
 */
export async function loadInstrumentCalendar(
  em: EntityManager,
  instrument: Instrument,
  window: Interval,
  options: { withStaff?: boolean; excludeReservationId?: number; qualificationOf?: { userId: number; at: Date }; withCatalogueRevision?: boolean } = {},
): Promise<InstrumentCalendar> {
  const zone = instrument.institution.timezone;
  const from = new Date(window.start);
  const to = new Date(window.end);

  const dates = localDatesIn(window, zone);
  const rows = await loadCalendarRows(em, {
    institutionId: instrument.institutionId,
    instrumentId: instrument.id,
    dates: dates.length ? { first: dates[0], last: dates[dates.length - 1] } : null,
    from,
    to,
    earliest: earliestStart(from),
    excludeReservationId: options.excludeReservationId,
    qualificationOf: options.qualificationOf,
    withCatalogueRevision: options.withCatalogueRevision,
    withStaffBusy: options.withStaff !== false,
  });
  const isClosed = closedDayTest(instrument.institution.closedOnNationalHolidays, rows.closureDates);
  const { blackouts, reservations } = rows;

  return {
    zone,
    isClosed,
    open: hoursInForce(instrument.openingHours, instrument.openingHoursChange, zone, window, isClosed),
    blackouts: normalize(blackouts.map(toInterval)),
    reservations: normalize(reservations.map(toInterval)),
    staff: options.withStaff === false ? [] : await loadStaffCalendars(em, instrument.id, zone, window, isClosed, rows.staffBusy),
    selfUseQualified: rows.qualified,
    catalogueRevision: rows.catalogueRevision,
  };
}

/** The active staff members (with their users) who work on an instrument; every availability request asks. */
const activeStaffOf = compiledSelect<StaffMember, { instrumentId: number; active: boolean }>((em) =>
  em
    .getRepository(StaffMember)
    .createQueryBuilder("s")
    .innerJoin("s.instruments", "i", "i.id = :instrumentId")
    .innerJoinAndSelect("s.user", "u")
    .where("s.active = :active")
    .andWhere("u.active = :active")
    .orderBy("s.id"),
);

async function loadStaffCalendars(
  em: EntityManager,
  instrumentId: number,
  zone: string,
  window: Interval,
  isClosed: (isoDate: string) => boolean,
  busyRows: Array<{ staffMemberId: number; startsAt: Date; endsAt: Date }>,
): Promise<StaffCalendar[]> {
  const staff = await activeStaffOf.getMany(em, { instrumentId, active: true });
  return staff.map((member) => {
    const working = buildDateRanges(member.workingHours, zone, window, isClosed);
    const busy = normalize(busyRows.filter((row) => row.staffMemberId === member.id).map(toInterval));
    return { staffMemberId: member.id, name: member.user.displayName, member, working, busy, free: subtract(working, busy) };
  });
}
