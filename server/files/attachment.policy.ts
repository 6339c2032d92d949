import { ACTIVE_RESERVATION_STATUSES, type ReservationStatus } from "../../shared/enums";
import type { ReservationAttachment, User } from "../platform/db/entities";
import { canOnInstitution } from "../institutions";

/** `see`: list and download; `attach`: add a file; `remove`: delete one. */
export type AttachmentAction = "see" | "attach" | "remove";

interface BookingOf {
  companyId: number;
  institutionId: number;
  status: ReservationStatus;
}

const active = (booking: BookingOf) => (ACTIVE_RESERVATION_STATUSES as readonly string[]).includes(booking.status);

/**
 * A booking's files are seen by its company and the institution's staff and admins, nobody else (the coordinator
 * included: they are the company's documents). The company adds them while the booking is active; whoever uploaded
 * a file may delete it while the booking is active.
 */
export function canOnAttachments(user: User, action: AttachmentAction, booking: BookingOf, attachment?: ReservationAttachment): boolean {
  const ownCompany = user.role === "company_member" && user.companyId === booking.companyId;
  switch (action) {
    case "see":
      return ownCompany || (user.role !== "coordinator" && canOnInstitution(user, "operate", booking.institutionId));
    case "attach":
      return ownCompany && active(booking);
    case "remove":
      return ownCompany && active(booking) && attachment?.uploadedByUserId === user.id;
  }
}
