import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { ClosureListQuerySchema, ClosureParamsSchema, CreateClosureRequestSchema } from "../../shared/schemas/facility";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { presentSummary } from "../booking";
import { presentClosure } from "./closure.presenter";
import { addClosure, listClosures, removeClosure } from "./closure.service";

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
