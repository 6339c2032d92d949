import { reservationInvitation, uidHost, type InvitationMethod } from "../calendar-feeds";
import type { ReservationKind } from "./message-phrases";
import type { LoadedReservation, Recipient } from "./recipients";

/** Which messages carry a calendar invitation, and which method: booked or changed → REQUEST, gone → CANCEL. */
const METHODS: Partial<Record<ReservationKind, InvitationMethod>> = {
  booking_confirmed: "REQUEST",
  booking_pending: "REQUEST",
  booking_approved: "REQUEST",
  assistance_unstaffed: "REQUEST",
  staff_assigned: "REQUEST",
  booking_rejected: "CANCEL",
  booking_cancelled: "CANCEL",
  booking_cancelled_by_facility: "CANCEL",
  staff_booking_cancelled: "CANCEL",
};

const FALLBACK_ORGANIZER = "no-reply@equipment-share.localhost";

/** The address part of "Name <address>". */
export function addressOf(from: string | undefined): string {
  const match = from?.match(/<([^>]+)>/);
  return match ? match[1] : from?.trim() || FALLBACK_ORGANIZER;
}

/** The iTIP part of one recipient's e-mail, with the UID the calendar feeds give the reservation. */
export function invitationFor(recipient: Recipient, reservation: LoadedReservation, options: { publicUrl?: string; organizer?: string }) {
  const method = METHODS[recipient.kind];
  if (!method) return null;
  const content = reservationInvitation(reservation, {
    method,
    view: recipient.kind.startsWith("staff_") ? "facility" : "company",
    locale: recipient.user.locale === "en" ? "en" : "ja",
    host: uidHost(options.publicUrl ?? "http://localhost"),
    organizer: addressOf(options.organizer),
    attendee: recipient.user.email,
  });
  return { method, content };
}
