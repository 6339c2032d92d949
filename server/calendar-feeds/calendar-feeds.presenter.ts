import type { CalendarFeed as CalendarFeedDto } from "../../shared/schemas/calendar";
import type { CalendarFeed } from "../platform/db/entities";

/** The feed's secret address under the public base URL, e.g. https://host/ical/<token>.ics. */
export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/ical/${token}.ics`;
}

/** A feed as its owner sees it: the address plus ready-made links to subscribe from the common calendar apps. */
export function presentFeed(feed: CalendarFeed, token: string, baseUrl: string): CalendarFeedDto {
  const url = feedUrl(baseUrl, token);
  const webcalUrl = url.replace(/^https?:\/\//, "webcal://");
  return {
    id: feed.id,
    kind: feed.kind,
    label: feed.label,
    url,
    webcalUrl,
    googleCalendarUrl: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl)}`,
    outlookUrl: `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}&name=${encodeURIComponent(feed.label)}`,
    instrumentId: feed.instrumentId,
    institutionId: feed.institutionId,
    createdAt: feed.createdAt.toISOString(),
    updatedAt: feed.updatedAt.toISOString(),
  };
}
