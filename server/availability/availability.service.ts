import type { Database } from "../platform/db/database";
import type { AvailabilityResponse } from "../../shared/schemas/instruments";
import { covers, type Interval } from "../../shared/time/intervals";
import { bookableSlots, bookingWindow } from "./booking-rules";
import { loadInstrumentCalendar } from "./instrument-calendar";
import { isoInstant } from "../platform/iso-instant";
import { instrumentSnapshots, type InstrumentSnapshot } from "../instruments";
import { RuleViolation } from "../platform/errors";
import { checkDuration, startIntervals } from "./start-times";

/**
 * Bookable free slots of an instrument between `from` and `to`: opening hours in the institution's zone,
 * minus closed days, blackouts and active reservations, within the lead time and horizon. A slot says
 * whether some qualified staff member is free for all of it. With `duration` (minutes), `starts` lists where a
 * booking that long can begin, with staff help only where one person is free for the whole of it (as booking
 * checks); a duration off the instrument's rules is a 422.
 */
export async function computeAvailability(db: Database, instrumentId: number, range: { from: number; to: number; duration?: number }, now: number): Promise<AvailabilityResponse> {
  return availabilityOn(db, await instrumentSnapshots(db).getForRead(instrumentId), range, now);
}

/**
 * On the instrument as this process last read it: the calendar statement reads the catalogue revision too, and
 * only if it is unchanged does the cached instrument decide the answer (as for bookings, see
 * `instrument-snapshots.ts`); a cached instrument that is not active is read afresh before it decides anything.
 */
async function availabilityOn(db: Database, snapshot: InstrumentSnapshot, range: { from: number; to: number; duration?: number }, now: number): Promise<AvailabilityResponse> {
  const again = async () => availabilityOn(db, await instrumentSnapshots(db).getForRead(snapshot.instrument.id, { fresh: true }), range, now);
  const { from, to, duration } = range;
  const { instrument } = snapshot;
  const zone = instrument.institution.timezone;
  const response: AvailabilityResponse = { timezone: zone, slotMinutes: instrument.slotMinutes, slots: [], ...(duration ? { starts: [] } : {}) };
  const allowed = bookingWindow(instrument, now);
  const window = { start: Math.max(from, allowed.start), end: Math.min(to, allowed.end) };
  if (snapshot.cached && (instrument.status !== "active" || window.end <= window.start)) return again();
  if (instrument.status !== "active" || window.end <= window.start) return response;

  const calendar = await loadInstrumentCalendar(db.manager, instrument, window, { withCatalogueRevision: snapshot.cached });
  if (snapshot.cached && calendar.catalogueRevision !== snapshot.revision) return again();
  const durationBreach = duration ? checkDuration(instrument, duration) : null;
  if (durationBreach) throw new RuleViolation(durationBreach.message, { reason: durationBreach.reason });
  const slots = bookableSlots(instrument, zone, calendar.open, [...calendar.blackouts, ...calendar.reservations], window, now);
  const assistanceOffered = instrument.staffOperated || instrument.training;
  const present = (slot: Interval) => ({
    start: isoInstant(slot.start),
    end: isoInstant(slot.end),
    assistanceAvailable: assistanceOffered && calendar.staff.some((s) => covers(s.free, slot)),
  });
  response.slots = slots.map(present);
  if (duration) response.starts = startIntervals(slots, duration / instrument.slotMinutes).map(present);
  return response;
}
