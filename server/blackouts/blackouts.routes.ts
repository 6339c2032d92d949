import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import {
  BlackoutListQuerySchema,
  BlackoutPreviewQuerySchema,
  CreateBlackoutRequestSchema,
  UpdateBlackoutRequestSchema,
} from "../../shared/schemas/facility";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { presentBlackout } from "./blackout.presenter";
import { presentSummary } from "../booking";
import { createBlackout, deleteBlackout, listBlackouts, reservationsUnder, updateBlackout } from "./blackout.service";

/** Maintenance and closure windows (mounted at /blackouts). */
export function blackoutRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    const query = parse(BlackoutListQuerySchema, req.query);
    res.json({ items: (await listBlackouts(ctx.db.manager, user, query)).map(presentBlackout) });
  });

  router.get("/affected", async (req, res) => {
    const user = currentUser(req);
    const query = parse(BlackoutPreviewQuerySchema, req.query);
    const rows = await reservationsUnder(ctx.db.manager, user, query, { start: Date.parse(query.start), end: Date.parse(query.end) });
    res.json({ reservations: rows.map((r) => presentSummary(r, requestLocale(req))) });
  });

  router.post("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(CreateBlackoutRequestSchema, req.body);
    const result = await ctx.db.write((em) => createBlackout(em, user, input, ctx.clock.now()));
    res.status(201).json({ blackout: presentBlackout(result.blackout), cancelled: result.cancelled.map((r) => presentSummary(r, requestLocale(req))) });
  });

  router.put("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(UpdateBlackoutRequestSchema, req.body);
    const result = await ctx.db.write((em) => updateBlackout(em, user, id, input, ctx.clock.now()));
    res.json({ blackout: presentBlackout(result.blackout), cancelled: result.cancelled.map((r) => presentSummary(r, requestLocale(req))) });
  });

  router.delete("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    await ctx.db.write((em) => deleteBlackout(em, user, id));
    res.status(204).end();
  });

  return router;
}
