import type { Database } from "../platform/db/database";
import type { AvailabilityResponse } from "../../shared/schemas/instruments";
import { covers } from "../../shared/time/intervals";
import { bookableSlots, bookingWindow } from "./booking-rules";
import { loadInstrumentCalendar } from "./instrument-calendar";
import { isoInstant } from "../platform/iso-instant";
import { instrumentSnapshots, type InstrumentSnapshot } from "../instruments";

/**
 * Bookable free slots of an instrument between `from` and `to`: opening hours in the institution's zone,
 * minus closed days, blackouts and active reservations, within the lead time and horizon. A slot says
 * whether some qualified staff member is free for all of it.
 */
export async function computeAvailability(db: Database, instrumentId: number, from: number, to: number, now: number): Promise<AvailabilityResponse> {
  return availabilityOn(db, await instrumentSnapshots(db).getForRead(instrumentId), from, to, now);
}

/**
 * On the instrument as this process last read it: the calendar statement reads the catalogue revision too, and
 * only if it is unchanged does the cached instrument decide the answer (as for bookings, see
 * `instrument-snapshots.ts`); a cached instrument that is not active is read afresh before it decides anything.
 */
async function availabilityOn(db: Database, snapshot: InstrumentSnapshot, from: number, to: number, now: number): Promise<AvailabilityResponse> {
  const again = async () => availabilityOn(db, await instrumentSnapshots(db).getForRead(snapshot.instrument.id, { fresh: true }), from, to, now);
  const { instrument } = snapshot;
  const zone = instrument.institution.timezone;
  const response: AvailabilityResponse = { timezone: zone, slotMinutes: instrument.slotMinutes, slots: [] };
  const allowed = bookingWindow(instrument, now);
  const window = { start: Math.max(from, allowed.start), end: Math.min(to, allowed.end) };
  if (snapshot.cached && (instrument.status !== "active" || window.end <= window.start)) return again();
  if (instrument.status !== "active" || window.end <= window.start) return response;

  const calendar = await loadInstrumentCalendar(db.manager, instrument, window, { withCatalogueRevision: snapshot.cached });
  if (snapshot.cached && calendar.catalogueRevision !== snapshot.revision) return again();
  const slots = bookableSlots(instrument, zone, calendar.open, [...calendar.blackouts, ...calendar.reservations], window, now);
  const assistanceOffered = instrument.staffOperated || instrument.training;
  response.slots = slots.map((slot) => ({
    start: isoInstant(slot.start),
    end: isoInstant(slot.end),
    assistanceAvailable: assistanceOffered && calendar.staff.some((s) => covers(s.free, slot)),
  }));
  return response;
}
