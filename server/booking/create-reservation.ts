import type { EntityManager } from "typeorm";
import type { z } from "zod";
import { STAFFED_ASSISTANCE_TYPES, type AssistanceType } from "../../shared/enums";
import type { CreateReservationRequestSchema } from "../../shared/schemas/reservations";
import { overlaps, type Interval } from "../../shared/time/intervals";
import type { Guarded, SessionGuard } from "../accounts";
import { checkCalendarRules, checkTimingRules, checkUsageMode, chooseStaff, loadInstrumentCalendar, priceYen, type StaffCalendar } from "../availability";
import { instrumentSnapshots, type InstrumentSnapshot } from "../instruments";
import type { Database } from "../platform/db/database";
import { Company, Reservation, type Instrument, type User } from "../platform/db/entities";
import { Conflict, Forbidden, RuleViolation } from "../platform/errors";
import { lockForBooking } from "./booking-locks";
import { writeReservation } from "./booking-write";
import { canBook } from "./reservation.policy";
import { assertTermsAccepted } from "../terms";
import { activeCompanyMember, assertMayBookOnBehalf, assertOwnInstitution } from "./on-behalf";
import { quotedBooking, quotedPrice, type QuotedBooking } from "./quoted-booking";

type CreateReservationInput = z.output<typeof CreateReservationRequestSchema>;

export interface BookingRequest {
  /** The signed-in user; when booking on behalf, createReservation makes it the member and moves the caller to `enteredBy`. */
  user: User;
  /** Staff who entered the booking for `user` (set by createReservation from `input.onBehalfOf`). */
  enteredBy?: User;
  input: CreateReservationInput;
  now: number;
  /** Present when the caller was signed in from the session cache: the write checks it in its own statement. */
  guard?: SessionGuard;
  /** Booked from an accepted quote: its rates (set by createReservation from `input.quoteId`). */
  quote?: QuotedBooking;
}

/** What one decision on an instrument snapshot came to. */
type Decision = { kind: "booked"; reservation: Reservation } | { kind: "guard_failed" } | { kind: "snapshot_stale" };

/** What a new reservation has not had yet: no decision, cancellation or recorded session. */
const UNDECIDED = {
  cancellationReason: null, cancelledAt: null, cancelledById: null, decisionReason: null, decidedById: null, decidedAt: null,
  actualStartAt: null, actualEndAt: null, staffMinutes: null, sessionNote: null, recordedById: null, recordedAt: null,
} as const;

const needsStaff = (type: AssistanceType) => (STAFFED_ASSISTANCE_TYPES as readonly AssistanceType[]).includes(type);

/**
 * Books instrument time for a company user, every rule checked on the data as it is now (never on availability
 * the client saw). With staff: one write transaction holding the instrument's and its staff's booking locks, so
 * the staff member chosen is still free at the write. Without staff: reads, then one statement that takes the
 * instrument's lock and writes (`Database.writeOneStatement`). The instrument may come from the process's
 * snapshot; it decides only once the calendar statement shows it current, else the booking is decided again on a
 * fresh read.
 */
export async function createReservation(db: Database, signedIn: BookingRequest): Promise<Guarded<Reservation>> {
  const onBehalfOf = signedIn.input.onBehalfOf;
  if (onBehalfOf) assertMayBookOnBehalf(signedIn.user);
  else if (!canBook(signedIn.user)) throw new Forbidden("Only company accounts can book instrument time");
  const assistance = signedIn.input.assistance?.type ?? "none";
  const staffed = needsStaff(assistance);
  const { quoteId } = signedIn.input;
  const snapshots = instrumentSnapshots(db);
  const work = async (em: EntityManager): Promise<Guarded<Reservation>> => {
    // On behalf: the facility enters it, so the member's terms-of-use acceptance is not asked for.
    const request: BookingRequest = onBehalfOf ? { ...signedIn, user: await activeCompanyMember(em, onBehalfOf.userId), enteredBy: signedIn.user } : { ...signedIn };
    if (!onBehalfOf) await assertTermsAccepted(em, request.user.id);
    if (quoteId !== undefined) request.quote = await quotedBooking(em, request.user, quoteId, request.input.instrumentId, assistance, requestedInterval(request.input));
    let decision = await decide(em, request, staffed, await snapshots.get(em, request.input.instrumentId));
    if (decision.kind === "snapshot_stale") decision = await decide(em, request, staffed, await snapshots.read(em, request.input.instrumentId));
    if (decision.kind === "booked") return { held: true, value: decision.reservation };
    if (decision.kind === "guard_failed") return { held: false };
    throw new Error("A freshly read instrument was reported stale");
  };
  // A booking from a quote counts the quote's booked hours in its own transaction.
  return staffed || quoteId !== undefined ? db.write(work) : db.writeOneStatement(work);
}

const requestedInterval = (input: CreateReservationInput): Interval => ({ start: Date.parse(input.start), end: Date.parse(input.end) });

/** Checks every rule on this snapshot of the instrument and writes the reservation when they all hold. */
async function decide(em: EntityManager, request: BookingRequest, staffed: boolean, snapshot: InstrumentSnapshot): Promise<Decision> {
  const { user, input, now } = request;
  const { instrument } = snapshot;
  if (request.enteredBy) assertOwnInstitution(request.enteredBy, instrument.institutionId);
  const zone = instrument.institution.timezone;
  const interval = requestedInterval(input);
  const assistance = input.assistance?.type ?? "none";

  const timingBreach = checkTimingRules(instrument, zone, interval, now) ?? checkUsageMode(instrument, assistance);
  if (timingBreach && snapshot.cached) return { kind: "snapshot_stale" };
  if (timingBreach) throw new RuleViolation(timingBreach.message, { reason: timingBreach.reason });

  if (staffed) await lockForBooking(em, instrument.id, { withStaff: true });
  const selfUse = assistance === "none";
  const calendar = await loadInstrumentCalendar(em, instrument, interval, {
    withStaff: staffed,
    qualificationOf: selfUse ? { userId: user.id, at: new Date(interval.start) } : undefined,
    withCatalogueRevision: snapshot.cached,
  });
  if (snapshot.cached && calendar.catalogueRevision !== snapshot.revision) return { kind: "snapshot_stale" };
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
  return write(em, request, { instrument, interval, assistance, staff, staffed });
}

interface Decided {
  instrument: Instrument;
  interval: Interval;
  assistance: AssistanceType;
  staff: StaffCalendar | null;
  staffed: boolean;
}

/** A company not verified yet waits for verification whatever the instrument; else the instrument decides. */
function initialStatus(instrument: Instrument, company: Company): Pick<Reservation, "status" | "pendingReason"> {
  if (company.verification === "unverified") return { status: "pending", pendingReason: "company_unverified" };
  return instrument.requiresApproval ? { status: "pending", pendingReason: "approval_required" } : { status: "confirmed", pendingReason: null };
}

async function write(em: EntityManager, request: BookingRequest, decided: Decided): Promise<Decision> {
  const { user, input, now } = request;
  const { instrument, interval, assistance, staff } = decided;
  const company = user.company ?? (await em.getRepository(Company).findOneByOrFail({ id: user.companyId! }));
  const reservation = em.getRepository(Reservation).create({
    instrumentId: instrument.id,
    institutionId: instrument.institutionId,
    companyId: user.companyId!,
    userId: user.id,
    startsAt: new Date(interval.start),
    endsAt: new Date(interval.end),
    ...initialStatus(instrument, company),
    purpose: input.purpose,
    sampleDescription: input.sampleDescription ?? "",
    hazardDeclaration: input.hazardDeclaration ?? "",
    assistanceType: assistance,
    assistanceNote: input.assistance?.note ?? "",
    assistanceStatus: staff ? "assigned" : "not_requested",
    assignedStaffId: staff?.staffMemberId ?? null,
    priceEstimateYen: request.quote ? quotedPrice(request.quote, interval) : priceYen(instrument, company.customerType, interval, assistance),
    quoteId: request.quote?.quoteId ?? null,
    revision: 1,
    enteredByUserId: request.enteredBy?.id ?? null,
    ...UNDECIDED,
  });
  const result = await writeReservation(em, {
    reservation,
    audit: {
      actorUserId: request.enteredBy?.id ?? user.id,
      action: "reservation.created",
      entityType: "reservation",
      institutionId: reservation.institutionId,
      companyId: reservation.companyId,
      details: {
        status: reservation.status,
        assistance,
        assignedStaffId: reservation.assignedStaffId,
        ...(request.quote && { quoteId: request.quote.quoteId }),
        ...(request.enteredBy && { onBehalfOfUserId: user.id, enteredByUserId: request.enteredBy.id }),
      },
    },
    lockInStatement: !decided.staffed, // the staffed path holds the lock already
    guard: request.guard,
    now,
  });
  if (!result.written) return { kind: "guard_failed" };
  // The reads above already hold every row the response shows; the insert filled in id and timestamps.
  Object.assign(reservation, result.keys, { instrument, company, user, assignedStaff: staff?.member ?? null, enteredBy: request.enteredBy ?? null });
  return { kind: "booked", reservation };
}
