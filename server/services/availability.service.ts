import type { EntityManager } from "typeorm";
import type { AvailabilityResponse } from "../../shared/schemas/instruments";
import { covers, intersect, subtract, normalize } from "../../shared/time/intervals";
import { cutIntoSlots } from "../../shared/time/slots";
import { bookingWindow } from "../domain/booking-rules";
import { loadInstrumentCalendar } from "./instrument-calendar";
import { findInstrument } from "./catalogue.service";

/**
 * Bookable free slots of an instrument between `from` and `to`: opening hours in the institution's zone,
 * minus closed days, blackouts and active reservations, within the lead time and horizon. A slot says
 * whether some qualified staff member is free for all of it.
 */
export async function computeAvailability(em: EntityManager, instrumentId: number, from: number, to: number, now: number): Promise<AvailabilityResponse> {
  const instrument = await findInstrument(em, instrumentId);
  const zone = instrument.institution.timezone;
  const response: AvailabilityResponse = { timezone: zone, slotMinutes: instrument.slotMinutes, slots: [] };
  const allowed = bookingWindow(instrument, now);
  const window = { start: Math.max(from, allowed.start), end: Math.min(to, allowed.end) };
  if (instrument.status !== "active" || window.end <= window.start) return response;

  const calendar = await loadInstrumentCalendar(em, instrument, window);
  const free = subtract(calendar.open, normalize([...calendar.blackouts, ...calendar.reservations]));
  const slots = cutIntoSlots(intersect(free, [window]), instrument.slotMinutes, zone, instrument.minDurationMinutes);
  const assistanceOffered = instrument.staffOperated || instrument.training;
  response.slots = slots.map((slot) => ({
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    assistanceAvailable: assistanceOffered && calendar.staff.some((s) => covers(s.free, slot)),
  }));
  return response;
}
