export { activeReservationsIn, cancelByFacility } from "./affected-reservations";
export { lockForBooking, lockStaffMember } from "./booking-locks";
export { presentableReservations } from "./reservation-query";
export { canBook } from "./reservation.policy";
export { loadReservation } from "./reservation.service";
export { presentReservation } from "./reservations.presenter";
export { reservationRoutes } from "./reservations.routes";
export { localizedSummaries, presentSummary } from "./summary.presenter";
