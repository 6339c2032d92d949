import { CalendarFeedListResponseSchema, CalendarFeedResponseSchema, type CreateCalendarFeedRequest } from "../../../shared";
import { apiUrl, request, requestFile } from "./http";

/** Calendar subscriptions (the signed-in user's own feeds) and single-reservation .ics files. */
export const calendarApi = {
  feeds: () => request("/calendar/feeds", CalendarFeedListResponseSchema),
  createFeed: (body: CreateCalendarFeedRequest) =>
    request("/calendar/feeds", CalendarFeedResponseSchema, { method: "POST", body }).then((r) => r.feed),
  rotateFeed: (id: number) => request(`/calendar/feeds/${id}/rotate`, CalendarFeedResponseSchema, { method: "POST" }).then((r) => r.feed),
  revokeFeed: (id: number) => request(`/calendar/feeds/${id}`, null, { method: "DELETE" }),
  reservationIcs: (id: number) => requestFile(`/reservations/${id}/ics`, "text/calendar"),
  /** The same file as a plain address: it works with the session cookie, e.g. when opened in a new tab. */
  reservationIcsUrl: (id: number) => apiUrl(`/reservations/${id}/ics`),
};
