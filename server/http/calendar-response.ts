import type { Request, Response } from "express";
import type { AppContext } from "./context";
import type { IcsCalendar } from "../presenters/ical/calendar";

/** The public base URL for absolute links: PUBLIC_URL, else the scheme and host the request came in on. */
export function publicBaseUrl(ctx: AppContext, req: Request): string {
  return ctx.config.publicUrl ?? `${req.protocol}://${req.get("host")}`;
}

/** The host name that qualifies event UIDs (reservation-<id>@host). */
export function uidHost(baseUrl: string): string {
  return new URL(baseUrl).hostname;
}

/**
 * Sends a calendar with validators: Express answers 304 Not Modified itself when If-None-Match or
 * If-Modified-Since shows the client already has this body. Private: feeds carry personal data.
 */
export function sendCalendar(res: Response, calendar: IcsCalendar, options: { download?: string } = {}): void {
  if (options.download) res.attachment(options.download);
  res.set({
    "Content-Type": "text/calendar; charset=utf-8",
    ETag: calendar.etag,
    "Last-Modified": calendar.lastModified.toUTCString(),
    "Cache-Control": "private, no-cache",
    "X-Robots-Tag": "noindex, nofollow",
  });
  res.send(calendar.body);
}
