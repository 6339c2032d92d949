import type { EntityManager } from "typeorm";
import type { z } from "zod";
import { ACTIVE_RESERVATION_STATUSES, STAFFED_ASSISTANCE_TYPES, type AssistanceType } from "../../shared/enums";
import type { CreateReservationRequestSchema, ReservationListQuerySchema } from "../../shared/schemas/reservations";
import { overlaps, type Interval } from "../../shared/time/intervals";
import { instrumentLock, lockForBooking } from "./booking-locks";
import type { Database } from "../platform/db/database";
import { compiledSelect } from "../platform/db/compiled-select";
import { insertRow } from "../platform/db/insert-row";
import { SessionChanged, sessionStillHolds, type SessionFacts } from "../accounts";
import { Company, Reservation, type User } from "../platform/db/entities";
import { checkCalendarRules, checkTimingRules, checkUsageMode, estimatePrice } from "../availability";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../platform/errors";
import { canBook, canOnReservation, type ReservationAction } from "./reservation.policy";
import { creationAudit, recordAudit } from "../platform/audit-trail";
import { presentableReservations } from "./reservation-query";
import { findInstrument } from "../instruments";
import { loadInstrumentCalendar } from "../availability";
import { instrumentSnapshots, type InstrumentSnapshot, type InstrumentSnapshots } from "../instruments";
import { chooseStaff } from "../availability";

type CreateReservationInput = z.output<typeof CreateReservationRequestSchema>;
type ReservationListQuery = z.output<typeof ReservationListQuerySchema>;

/** What a new reservation has not had yet: no decision, cancellation or recorded session. */
const UNDECIDED = {
  cancellationReason: null, cancelledAt: null, cancelledById: null, decisionReason: null, decidedById: null, decidedAt: null,
  actualStartAt: null, actualEndAt: null, staffMinutes: null, sessionNote: null, recordedById: null, recordedAt: null,
} as const;

function needsStaff(type: AssistanceType): boolean {
  return (STAFFED_ASSISTANCE_TYPES as readonly AssistanceType[]).includes(type);
}

/**
 * Books instrument time for a company user. Every rule is checked against the data as it is now, never against
 * availability the client saw earlier.
 *
 * A booking with staff runs in a write transaction: it takes the instrument's and its staff's booking locks
 * before reading, so that the staff member it chooses is still free when it writes. A booking without staff
 * writes one statement (`Database.writeOneStatement`): on PostgreSQL that statement takes the instrument's
 * lock, inserts the reservation and its audit event, and commits; a booking that committed between our read
 * and our write is caught by the exclusion constraint (409 `slot_taken`, as when the read sees it). Taking the
 * lock before the insert keeps two overlapping inserts from waiting on each other inside the constraint check.
 * The instrument comes from the process's snapshots (`instrument-snapshots.ts`), shown current by the calendar
 * statement, or read afresh.
 */
export async function createReservation(
  db: Database,
  user: User,
  input: CreateReservationInput,
  now: number,
  session?: SessionFacts,
): Promise<Reservation> {
  if (!canBook(user)) throw new Forbidden("Only company accounts can book instrument time");
  const staffed = needsStaff(input.assistance?.type ?? "none");
  const snapshots = instrumentSnapshots(db);
  const work = async (em: EntityManager) => book(em, { user, input, now, staffed, snapshots, session }, await snapshots.get(em, input.instrumentId));
  return staffed ? db.write(work) : db.writeOneStatement(work);
}

interface Booking {
  user: User;
  input: CreateReservationInput;
  now: number;
  staffed: boolean;
  snapshots: InstrumentSnapshots;
  /** A session from the process's cache: the write checks that it still holds (`sessionStillHolds`). */
  session?: SessionFacts;
}

async function book(em: EntityManager, booking: Booking, snapshot: InstrumentSnapshot): Promise<Reservation> {
  const { user, input, now, staffed, snapshots } = booking;
  // A cached instrument decides nothing until the calendar statement shows it current: anything it refuses, or a
  // revision that moved, is decided again on the instrument as it is now.
  const again = async () => book(em, booking, await snapshots.read(em, input.instrumentId));
  const { instrument } = snapshot;
  const zone = instrument.institution.timezone;
  const interval: Interval = { start: Date.parse(input.start), end: Date.parse(input.end) };
  const assistance = input.assistance?.type ?? "none";

  const timingBreach = checkTimingRules(instrument, zone, interval, now) ?? checkUsageMode(instrument, assistance);
  if (timingBreach && snapshot.cached) return again();
  if (timingBreach) throw new RuleViolation(timingBreach.message, { reason: timingBreach.reason });

  if (staffed) await lockForBooking(em, instrument.id, { withStaff: true });
  const selfUse = assistance === "none";
  const calendar = await loadInstrumentCalendar(em, instrument, interval, {
    withStaff: staffed,
    qualificationOf: selfUse ? { userId: user.id, at: new Date(interval.start) } : undefined,
    withCatalogueRevision: snapshot.cached,
  });
  if (snapshot.cached && calendar.catalogueRevision !== snapshot.revision) return again();
  if (selfUse && !calendar.selfUseQualified) {
    throw new RuleViolation("Self-use needs a qualification for this instrument; book training or staff operation first", {
      reason: "qualification_required",
    });
  }
  const calendarBreach = checkCalendarRules(interval, zone, calendar.open, calendar.blackouts, calendar.isClosed);
  if (calendarBreach) throw new RuleViolation(calendarBreach.message, { reason: calendarBreach.reason });
  if (calendar.reservations.some((r) => overlaps(r, interval))) {
    throw new Conflict("That time has just been booked by someone else", { reason: "slot_taken" });
  }
  const staff = staffed ? await chooseStaff(em, calendar.staff, interval) : null;

  const company = user.company ?? (await em.getRepository(Company).findOneByOrFail({ id: user.companyId! }));
  const reservation = em.getRepository(Reservation).create({
    instrumentId: instrument.id,
    institutionId: instrument.institutionId,
    companyId: user.companyId!,
    userId: user.id,
    startsAt: new Date(interval.start),
    endsAt: new Date(interval.end),
    status: instrument.requiresApproval ? "pending" : "confirmed",
    purpose: input.purpose,
    sampleDescription: input.sampleDescription ?? "",
    hazardDeclaration: input.hazardDeclaration ?? "",
    assistanceType: assistance,
    assistanceNote: input.assistance?.note ?? "",
    assistanceStatus: staff ? "assigned" : "not_requested",
    assignedStaffId: staff?.staffMemberId ?? null,
    priceEstimateYen: estimatePrice(instrument, company.customerType, interval, assistance),
    revision: 1,
    ...UNDECIDED,
  });
  const audit = creationAudit({
    actorUserId: user.id,
    action: "reservation.created",
    entityType: "reservation",
    institutionId: reservation.institutionId,
    companyId: reservation.companyId,
    details: { status: reservation.status, assistance, assignedStaffId: reservation.assignedStaffId },
  });
  // The staffed path holds the lock already; the other takes it in the same statement.
  const keys = await insertRow(em, Reservation, reservation, {
    companion: audit,
    advisoryLock: staffed ? undefined : instrumentLock(instrument.id),
    onlyIf: booking.session && sessionStillHolds(em, booking.session, now),
  });
  if (!keys) throw new SessionChanged();
  Object.assign(reservation, keys);
  // The reads above already hold every row the response shows; the insert filled in id and timestamps.
  return Object.assign(reservation, { instrument, company, user, assignedStaff: staff?.member ?? null });
}

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
  if (decision === "approve") await recheckBeforeApproval(em, reservation, now);
  await em.getRepository(Reservation).update(id, {
    status: decision === "approve" ? "confirmed" : "rejected",
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

async function recheckBeforeApproval(em: EntityManager, reservation: Reservation, now: number): Promise<void> {
  const interval = { start: reservation.startsAt.getTime(), end: reservation.endsAt.getTime() };
  if (interval.start <= now) throw new RuleViolation("The reservation's time has already passed", { reason: "in_past" });
  await lockForBooking(em, reservation.instrumentId, { withStaff: false });
  const instrument = await findInstrument(em, reservation.instrumentId);
  if (instrument.status !== "active") {
    throw new RuleViolation(`The instrument is ${instrument.status}`, { reason: "instrument_unavailable" });
  }
  const calendar = await loadInstrumentCalendar(em, instrument, interval, { withStaff: false, excludeReservationId: reservation.id });
  if (calendar.blackouts.some((b) => overlaps(b, interval))) {
    throw new RuleViolation("A maintenance or closure window now covers this reservation", { reason: "blackout" });
  }
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
