import { createHash } from "node:crypto";
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalEventData } from "ical-generator";
import { LRUCache } from "lru-cache";
import { LIMITS } from "../../../shared/limits";
import type { Locale } from "../../../shared/enums";
import type { IcsEvent } from "./events";

export interface IcsCalendar {
  /** UTF-8, encoded once: a reused feed is sent (or answered 304) without encoding a megabyte again. */
  body: Buffer;
  /** Strong validator: a hash of the body, which is identical for unchanged data. */
  etag: string;
  lastModified: Date;
}

export interface IcsCalendarMeta {
  name: string;
  locale: Locale;
  /** IANA zone as an X-WR-TIMEZONE display hint; event times are always UTC. */
  zone: string | null;
  /** Changes to the feed itself (rotation, label, the owner's language) that also change the body. */
  modifiedAlso: Date[];
}

const STATUS = { CONFIRMED: ICalEventStatus.CONFIRMED, TENTATIVE: ICalEventStatus.TENTATIVE, CANCELLED: ICalEventStatus.CANCELLED } as const;

/**
 * Renders a VCALENDAR for subscription (METHOD:PUBLISH, NAME/X-WR-CALNAME, REFRESH-INTERVAL/X-PUBLISHED-TTL).
 * Nothing depends on the time of the request, so unchanged data gives byte-identical output.
 * ical-generator writes the properties and each event; the calendar is assembled and folded here because the
 * library's folding allocates an encoder per character (about a second for a 2,000-event feed).
 */
export function renderCalendar(meta: IcsCalendarMeta, events: IcsEvent[]): IcsCalendar {
  const properties = {
    prodId: { company: "Equipment Share", product: "Calendar feeds", language: meta.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: meta.name,
    ttl: LIMITS.feedRefreshMinutes * 60,
    x: meta.zone ? ([["X-WR-TIMEZONE", meta.zone]] as [string, string][]) : [],
  };
  const shell = ical(properties).toString();
  const body = Buffer.from(`${shell.slice(0, shell.lastIndexOf("END:VCALENDAR"))}${renderEvents(events).join("")}END:VCALENDAR\r\n`);
  const newest = Math.max(0, ...meta.modifiedAlso.map((d) => d.getTime()), ...events.map((e) => e.modified.getTime()));
  return {
    body,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`,
    lastModified: new Date(Math.floor(newest / 1000) * 1000),
  };
}

/**
 * Folded VEVENT texts, remembered by everything they are made of (so never stale): after a change only the
 * changed events go through ical-generator again.
 */
const renderedEvents = new LRUCache<string, string>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (text, key) => (text.length + key.length) * 2 });

function eventKey(e: IcsEvent): string {
  return [e.uid, e.sequence, e.status, e.busy, e.start.getTime(), e.end.getTime(), e.modified.getTime(), e.summary, e.location, e.description].join("\u0000");
}

function renderEvents(events: IcsEvent[]): string[] {
  const keys = events.map(eventKey);
  const texts = keys.map((key) => renderedEvents.get(key));
  const missing = events.filter((_, i) => texts[i] === undefined);
  if (missing.length === 0) return texts as string[];
  const fresh = ical({ events: missing.map(eventData) }).events().map((event) => fold(event.toString()));
  let next = 0;
  return texts.map((text, i) => {
    if (text !== undefined) return text;
    renderedEvents.set(keys[i], fresh[next]);
    return fresh[next++];
  });
}

function eventData(event: IcsEvent): ICalEventData {
  return {
    id: event.uid,
    start: event.start,
    end: event.end,
    stamp: event.modified,
    lastModified: event.modified,
    sequence: event.sequence,
    status: STATUS[event.status],
    transparency: event.busy ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    summary: event.summary,
    description: event.description || null,
    location: event.location || null,
  };
}

/** RFC 5545 §3.1 folding, as ical-generator does it: a line over 74 octets continues on the next after a space. */
export function fold(text: string): string {
  return text.split("\r\n").map(foldLine).join("\r\n");
}

function foldLine(line: string): string {
  if (line.length <= 24) return line; // at most 3 octets per UTF-16 unit: cannot exceed 74
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    octets += size;
    if (octets > 74) {
      parts.push(line.slice(start, i));
      start = i;
      octets = size;
    }
    if (pair) i++;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}
