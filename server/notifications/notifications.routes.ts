import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { NotificationListQuerySchema } from "../../shared/schemas/notifications";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { listNotifications, markAllRead, markRead, presentNotification } from "./inbox.service";

/** The signed-in user's in-app inbox: list, mark one read, mark all read. Nobody sees another's. */
export function notificationRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    const query = parse(NotificationListQuerySchema, req.query);
    const page = await listNotifications(ctx.db.manager, user.id, query);
    res.json({ items: page.items.map(presentNotification), unread: page.unread, total: page.total, page: query.page, pageSize: query.pageSize });
  });

  router.post("/read-all", async (req, res) => {
    const user = currentUser(req);
    res.json(await ctx.db.write((em) => markAllRead(em, user.id, ctx.clock.now())));
  });

  router.post("/:id/read", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const result = await ctx.db.write((em) => markRead(em, user.id, id, ctx.clock.now()));
    res.json({ notification: presentNotification(result.notification), unread: result.unread });
  });

  return router;
}
