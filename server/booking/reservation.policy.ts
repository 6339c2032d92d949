import type { User } from "../platform/db/entities";

/** Everything a user may do to a reservation. */
/** `record`: mark the session completed or no-show afterwards. */
export type ReservationAction = "view" | "cancel" | "decide" | "record";

interface ReservationOwnership {
  companyId: number;
  institutionId: number;
}

/**
 * Company members see and cancel their company's reservations; staff and admins act on their institution's;
 * the coordinator sees everything but changes nothing.
 */
export function canOnReservation(user: User, action: ReservationAction, reservation: ReservationOwnership): boolean {
  switch (user.role) {
    case "company_member":
      return user.companyId === reservation.companyId && (action === "view" || action === "cancel");
    case "staff":
    case "institution_admin":
      return user.institutionId === reservation.institutionId;
    case "coordinator":
      return action === "view";
  }
}

/** Only company accounts book instrument time. */
export function canBook(user: User): boolean {
  return user.role === "company_member" && user.companyId !== null;
}
