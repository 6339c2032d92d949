import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { AssistanceListQuerySchema, DeclineRequestSchema, ReassignRequestSchema } from "../../shared/schemas/staff";
import { currentActor } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { presentReservation } from "../booking";
import { acceptAssistance, declineAssistance, listAssistanceRequests, reassignAssistance } from "./assistance.service";

/** Requests for staff operation, training or consultation, as the facility handles them. */
export function assistanceRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const actor = currentActor(req);
    const query = parse(AssistanceListQuerySchema, req.query);
    const items = await listAssistanceRequests(ctx.db.manager, actor, query, ctx.clock.now());
    res.json({ items: items.map((r) => presentReservation(r, requestLocale(req))) });
  });

  router.post("/:id/accept", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const reservation = await ctx.db.write((em) => acceptAssistance(em, actor, id, ctx.clock.now()));
    res.json({ reservation: presentReservation(reservation, requestLocale(req)) });
  });

  router.post("/:id/decline", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { reason } = parse(DeclineRequestSchema, req.body);
    const reservation = await ctx.db.write((em) => declineAssistance(em, actor, id, reason, ctx.clock.now()));
    res.json({ reservation: presentReservation(reservation, requestLocale(req)) });
  });

  router.post("/:id/reassign", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(ReassignRequestSchema, req.body);
    const reservation = await ctx.db.write((em) => reassignAssistance(em, actor, id, input, ctx.clock.now()));
    res.json({ reservation: presentReservation(reservation, requestLocale(req)) });
  });

  return router;
}
