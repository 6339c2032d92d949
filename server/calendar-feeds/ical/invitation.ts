import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Locale } from "../../../shared/enums";
import type { Reservation } from "../../platform/db/entities";
import type { ReservationView } from "../feed-events.service";
import { reservationRowOf } from "../feed-rows";
import { fold } from "./calendar";
import { reservationEvent } from "./events";

export type InvitationMethod = "REQUEST" | "CANCEL";

const STATUS = { CONFIRMED: ICalEventStatus.CONFIRMED, TENTATIVE: ICalEventStatus.TENTATIVE, CANCELLED: ICalEventStatus.CANCELLED } as const;

/**
 * A reservation as an iTIP message (RFC 5546) for one attendee: METHOD:REQUEST adds or updates the event in their
 * calendar, METHOD:CANCEL removes it. The UID is the one the calendar feeds use (`reservation-<id>@host`) and the
 * SEQUENCE the reservation's revision, which grows with every change and the cancellation, so calendar apps apply
 * each message to the same event in order. `reservation` needs instrument.institution, company, user and
 * assigned staff (with user) loaded.
 */
export function reservationInvitation(
  reservation: Reservation,
  options: { method: InvitationMethod; view: ReservationView; locale: Locale; host: string; organizer: string; attendee: string },
): string {
  const event = reservationEvent(reservationRowOf(reservation), options.view, options.locale, options.host);
  const calendar = ical({
    prodId: { company: "Equipment Share", product: "Invitations", language: options.locale.toUpperCase() },
    method: options.method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    events: [
      {
        id: event.uid,
        start: event.start,
        end: event.end,
        stamp: event.modified,
        lastModified: event.modified,
        sequence: event.sequence,
        status: options.method === "CANCEL" ? ICalEventStatus.CANCELLED : STATUS[event.status],
        summary: event.summary,
        description: event.description || null,
        location: event.location || null,
        organizer: { name: "Equipment Share", email: options.organizer },
        attendees: [{ email: options.attendee, rsvp: false }],
      },
    ],
  });
  return fold(calendar.toString());
}
