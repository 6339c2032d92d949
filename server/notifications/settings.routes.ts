import { Router } from "express";
import { NotificationSettingsRequestSchema } from "../../shared/schemas/notification-settings";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { loadPreferences, presentSettings, saveSettings } from "./notification-settings";

/** The signed-in user's notification settings (mounted at /api/me/notification-settings). */
export function notificationSettingsRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    res.json({ settings: presentSettings(user, await loadPreferences(ctx.db.manager, user.id)) });
  });

  router.put("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(NotificationSettingsRequestSchema, req.body);
    const saved = await ctx.db.write((em) => saveSettings(em, user, input));
    res.json({ settings: presentSettings(user, saved) });
  });

  return router;
}
