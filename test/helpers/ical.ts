import ICAL from "ical.js";

/** One VEVENT as read back by an independent parser (ical.js), with the facts the feed tests check. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  location: string;
  transp: string;
  start: Date;
  end: Date;
  /** The zone the start and end times are in: "UTC" unless a TZID is used; "floating" would be a defect. */
  startZone: string;
  endZone: string;
  dtstamp: Date;
  lastModified: Date;
}

export interface ParsedCalendar {
  method: string;
  name: string;
  calName: string;
  refreshInterval: string;
  publishedTtl: string;
  wrTimezone: string | null;
  events: ParsedEvent[];
  byUid(uid: string): ParsedEvent;
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  return component.getFirstPropertyValue(name) as ICAL.Time;
}

export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const value = (name: string) => (calendar.getFirstPropertyValue(name) as unknown as { toString(): string } | null)?.toString() ?? "";
  const events = calendar.getAllSubcomponents("vevent").map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const text = (name: string) => String(vevent.getFirstPropertyValue(name) ?? "");
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: text("status"),
      summary: event.summary,
      description: event.description ?? "",
      location: event.location ?? "",
      transp: text("transp"),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: event.startDate.zone?.tzid ?? "floating",
      endZone: event.endDate.zone?.tzid ?? "floating",
      dtstamp: time(vevent, "dtstamp").toJSDate(),
      lastModified: time(vevent, "last-modified").toJSDate(),
    };
  });
  return {
    method: value("method"),
    name: value("name"),
    calName: value("x-wr-calname"),
    refreshInterval: value("refresh-interval"),
    publishedTtl: value("x-published-ttl"),
    wrTimezone: value("x-wr-timezone") || null,
    events,
    byUid(uid) {
      const found = events.find((e) => e.uid === uid);
      if (!found) throw new Error(`no event ${uid} in ${events.map((e) => e.uid).join(", ")}`);
      return found;
    },
  };
}
