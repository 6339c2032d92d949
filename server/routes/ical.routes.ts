import { Router } from "express";
import { FeedTokenParamsSchema } from "../../shared/schemas/calendar";
import { NotFound } from "../errors";
import { publicBaseUrl, sendCalendar, uidHost } from "../http/calendar-response";
import type { AppContext } from "../http/context";
import { presentFeedCalendar } from "../presenters/ical/feed";
import { resolveFeedToken } from "../services/calendar-feed.service";
import { loadFeedContent } from "../services/feed-events.service";

/**
 * The public feed addresses calendar apps poll: the token in the path is the only credential (no cookie or
 * header), and anything wrong with it — malformed, revoked, rotated, owner disabled — is the same 404.
 */
export function icalRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/ical/:token.ics", async (req, res) => {
    const params = FeedTokenParamsSchema.safeParse(req.params);
    if (!params.success) throw new NotFound("Calendar feed");
    const resolved = await resolveFeedToken(ctx.db.manager, params.data.token);
    if (!resolved) throw new NotFound("Calendar feed");
    const content = await loadFeedContent(ctx.db.manager, resolved, ctx.clock.now());
    sendCalendar(res, presentFeedCalendar(resolved, content, uidHost(publicBaseUrl(ctx, req))));
  });

  return router;
}
