export { ReservationIcsLink } from "./ReservationIcsLink";
