import { Router } from "express";
import { FeedTokenParamsSchema } from "../../shared/schemas/calendar";
import { NotFound } from "../platform/errors";
import { publicBaseUrl, sendCalendar, uidHost } from "./calendar-response";
import type { AppContext } from "../platform/http/context";
import { presentFeedCalendar } from "./ical/feed";
import { resolveFeedToken } from "./calendar-feed.service";
import { feedFingerprint, loadFeedContent } from "./feed-events.service";
import { renderedFeeds } from "./rendered-feeds";

/**
 * The public feed addresses calendar apps poll: the token in the path is the only credential (no cookie or
 * header), and anything wrong with it — malformed, revoked, rotated, owner disabled — is the same 404.
 */
export function icalRoutes(ctx: AppContext): Router {
  const router = Router();
  const rendered = renderedFeeds(ctx.db);

  router.get("/ical/:token.ics", async (req, res) => {
    const params = FeedTokenParamsSchema.safeParse(req.params);
    if (!params.success) throw new NotFound("Calendar feed");
    const em = ctx.db.manager;
    const resolved = await resolveFeedToken(em, params.data.token);
    if (!resolved) throw new NotFound("Calendar feed");
    const host = uidHost(publicBaseUrl(ctx, req));
    const now = ctx.clock.now();
    const { feed, owner } = resolved;
    // The fingerprint is read before the content, so a render is never filed under a newer key than its data.
    const key = JSON.stringify([host, feed.label, feed.updatedAt, owner.locale, await feedFingerprint(em, resolved, now)]);
    const calendar = await rendered.get(feed.id, key, async () => presentFeedCalendar(resolved, await loadFeedContent(em, resolved, now), host));
    await sendCalendar(req, res, calendar);
  });

  return router;
}
