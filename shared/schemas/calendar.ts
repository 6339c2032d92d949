import { z } from "zod";
import { text } from "./text";
import { CALENDAR_FEED_KINDS } from "../enums";
import { LIMITS } from "../limits";
import { IdSchema } from "./common";

export const CreateCalendarFeedRequestSchema = z
  .object({
    kind: z.enum(CALENDAR_FEED_KINDS),
    /** Required for an instrument feed. */
    instrumentId: IdSchema.optional(),
    /** For an institution feed: the coordinator's choice; an admin's own institution by default. */
    institutionId: IdSchema.optional(),
    label: text().trim().min(1).max(LIMITS.feedLabelMaxLength).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.kind === "instrument" && r.instrumentId === undefined) {
      ctx.addIssue({ code: "custom", path: ["instrumentId"], message: "An instrument feed needs instrumentId" });
    }
    if (r.kind !== "instrument" && r.instrumentId !== undefined) {
      ctx.addIssue({ code: "custom", path: ["instrumentId"], message: "Only an instrument feed takes instrumentId" });
    }
    if (r.kind !== "institution" && r.institutionId !== undefined) {
      ctx.addIssue({ code: "custom", path: ["institutionId"], message: "Only an institution feed takes institutionId" });
    }
  });
export type CreateCalendarFeedRequest = z.input<typeof CreateCalendarFeedRequestSchema>;

/** A subscription as its owner sees it, with every link a feeds page offers. */
export const CalendarFeedSchema = z.object({
  id: z.number().int(),
  kind: z.enum(CALENDAR_FEED_KINDS),
  label: text(),
  /** The secret feed address (http(s)://host/ical/<token>.ics); works without any cookie or header. */
  url: text(),
  /** The same address with the webcal:// scheme, which opens the system calendar app. */
  webcalUrl: text(),
  /** Opens Google Calendar's "add calendar from URL" for this feed. */
  googleCalendarUrl: text(),
  /** Opens Outlook on the web's "subscribe from web" for this feed. */
  outlookUrl: text(),
  instrumentId: z.number().int().nullable(),
  institutionId: z.number().int().nullable(),
  createdAt: text(),
  /** When the feed was created or its address last rotated. */
  updatedAt: text(),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

export const CalendarFeedResponseSchema = z.object({ feed: CalendarFeedSchema });
export const CalendarFeedListResponseSchema = z.object({
  items: z.array(CalendarFeedSchema),
  /** The kinds of feed the caller may create, for the feeds page to offer. */
  kinds: z.array(z.enum(CALENDAR_FEED_KINDS)),
});

/** The secret part of a feed address: base64url, as issued by the server. */
export const FeedTokenParamsSchema = z.object({ token: text().regex(/^[A-Za-z0-9_-]{32,128}$/) });
