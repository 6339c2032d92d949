import type { Locale } from "../../../shared/enums";
import type { Reservation } from "../../platform/db/entities";
import type { ResolvedFeed } from "../calendar-feed.service";
import type { FeedContent, ReservationView } from "../feed-events.service";
import { reservationRowOf } from "../feed-rows";
import { renderCalendar, type IcsCalendar } from "./calendar";
import { blackoutEvent, reservationEvent, timeOffEvent, type IcsEvent } from "./events";
import { meetingEvent } from "./meeting-event";

const byStartThenUid = (a: IcsEvent, b: IcsEvent) => a.start.getTime() - b.start.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);

/** A subscribed feed, in its owner's language. `host` names the UIDs (reservation-<id>@host). */
export function presentFeedCalendar({ feed, owner }: ResolvedFeed, content: FeedContent, host: string): IcsCalendar {
  const locale = owner.locale;
  const events = [
    ...content.reservations.map((r) => reservationEvent(r, content.view, locale, host)),
    ...content.timeOff.map((row) => timeOffEvent(row, locale, host)),
    ...content.meetings.map((row) => meetingEvent(row, locale, host)),
    ...content.blackouts.map((row) => blackoutEvent(row, locale, host)),
  ].sort(byStartThenUid);
  return renderCalendar({ name: feed.label, locale, zone: content.zone, modifiedAlso: [feed.updatedAt, owner.updatedAt] }, events);
}

/** One reservation as a downloadable calendar file. `reservation` needs instrument.institution, company, user and assigned staff loaded. */
export function presentReservationCalendar(reservation: Reservation, view: ReservationView, locale: Locale, host: string): IcsCalendar {
  const event = reservationEvent(reservationRowOf(reservation), view, locale, host);
  return renderCalendar({ name: event.summary, locale, zone: reservation.instrument.institution.timezone, modifiedAlso: [] }, [event]);
}
