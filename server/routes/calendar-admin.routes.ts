import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import {
  BlackoutListQuerySchema,
  BlackoutPreviewQuerySchema,
  ClosureListQuerySchema,
  ClosureParamsSchema,
  CreateBlackoutRequestSchema,
  CreateClosureRequestSchema,
  UpdateBlackoutRequestSchema,
} from "../../shared/schemas/facility";
import { currentUser } from "../http/auth";
import type { AppContext } from "../http/context";
import { requestLocale } from "../http/locale";
import { parse } from "../http/validate";
import { presentBlackout, presentClosure, presentSummary } from "../presenters/facility";
import { createBlackout, deleteBlackout, listBlackouts, reservationsUnder, updateBlackout } from "../services/blackout.service";
import { addClosure, listClosures, removeClosure } from "../services/closure.service";

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

/** An institution's closure days (mounted at /institutions). */
export function closureRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/:id/closures", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const query = parse(ClosureListQuerySchema, req.query);
    res.json({ items: (await listClosures(ctx.db.manager, id, query)).map(presentClosure) });
  });

  router.post("/:id/closures", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(CreateClosureRequestSchema, req.body);
    const result = await ctx.db.write((em) => addClosure(em, user, id, input, ctx.clock.now()));
    res.status(201).json({ closure: presentClosure(result.closure), cancelled: result.cancelled.map((r) => presentSummary(r, requestLocale(req))) });
  });

  router.delete("/:id/closures/:closureId", async (req, res) => {
    const user = currentUser(req);
    const { id, closureId } = parse(ClosureParamsSchema, req.params);
    await ctx.db.write((em) => removeClosure(em, user, id, closureId));
    res.status(204).end();
  });

  return router;
}
