export { calendarFeedRoutes } from "./calendar-feeds.routes";
export { publicBaseUrl, sendCalendar, uidHost } from "./calendar-response";
export { loadOrCreateFeedSecret } from "./feed-secret";
export { icalRoutes } from "./ical.routes";
export { presentReservationCalendar } from "./ical/feed";
export { reservationInvitation, type InvitationMethod } from "./ical/invitation";
