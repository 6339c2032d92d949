import { createHash } from "node:crypto";
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { LIMITS } from "../../../shared/limits";
import type { Locale } from "../../../shared/enums";
import type { IcsEvent } from "./events";

export interface IcsCalendar {
  body: string;
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
 */
export function renderCalendar(meta: IcsCalendarMeta, events: IcsEvent[]): IcsCalendar {
  const calendar = ical({
    prodId: { company: "Equipment Share", product: "Calendar feeds", language: meta.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: meta.name,
    ttl: LIMITS.feedRefreshMinutes * 60,
    x: meta.zone ? [["X-WR-TIMEZONE", meta.zone]] : [],
    events: events.map((event) => ({
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
    })),
  });
  const body = calendar.toString();
  const newest = Math.max(0, ...meta.modifiedAlso.map((d) => d.getTime()), ...events.map((e) => e.modified.getTime()));
  return {
    body,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`,
    lastModified: new Date(Math.floor(newest / 1000) * 1000),
  };
}
