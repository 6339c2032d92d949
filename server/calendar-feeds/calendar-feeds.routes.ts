import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CreateCalendarFeedRequestSchema } from "../../shared/schemas/calendar";
import { currentUser } from "../accounts";
import { publicBaseUrl } from "./calendar-response";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { feedToken } from "./feed-tokens";
import { feedKindsFor } from "./calendar-feed.policy";
import { presentFeed } from "./calendar-feeds.presenter";
import { createFeed, listFeeds, revokeFeed, rotateFeed } from "./calendar-feed.service";

/** The signed-in user's calendar subscriptions: list, create, rotate the secret address, revoke. */
export function calendarFeedRoutes(ctx: AppContext, secret: string): Router {
  const router = Router();

  router.get("/feeds", async (req, res) => {
    const user = currentUser(req);
    const feeds = await listFeeds(ctx.db.manager, user);
    const base = publicBaseUrl(ctx, req);
    const kinds = feedKindsFor(user, req.auth!.staffMemberId);
    res.json({ items: feeds.map((feed) => presentFeed(feed, feedToken(secret, feed.tokenSalt), base)), kinds });
  });

  router.post("/feeds", async (req, res) => {
    const user = currentUser(req);
    const input = parse(CreateCalendarFeedRequestSchema, req.body);
    const { feed, token } = await ctx.db.write((em) => createFeed(em, user, input, secret));
    res.status(201).json({ feed: presentFeed(feed, token, publicBaseUrl(ctx, req)) });
  });

  router.post("/feeds/:id/rotate", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { feed, token } = await ctx.db.write((em) => rotateFeed(em, user, id, secret));
    res.json({ feed: presentFeed(feed, token, publicBaseUrl(ctx, req)) });
  });

  router.delete("/feeds/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    await ctx.db.write((em) => revokeFeed(em, user, id));
    res.status(204).end();
  });

  return router;
}
