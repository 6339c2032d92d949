import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CreateInstrumentRequestSchema, InstrumentStatusRequestSchema, UpdateInstrumentRequestSchema } from "../../shared/schemas/facility";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { presentInstrument } from "../catalogue";
import { presentSummary } from "../booking";
import { staffedInstrumentIds } from "../catalogue";
import { createInstrument, setInstrumentStatus, updateInstrument } from "./instrument-admin.service";

/** Institution admins keep their catalogue true. */
export function instrumentAdminRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(CreateInstrumentRequestSchema, req.body);
    const instrument = await ctx.db.write((em) => createInstrument(em, user, input));
    res.status(201).json({ instrument: presentInstrument(instrument, requestLocale(req), false) });
  });

  router.patch("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(UpdateInstrumentRequestSchema, req.body);
    const result = await ctx.db.write((em) => updateInstrument(em, user, id, input, ctx.clock.now()));
    const locale = requestLocale(req);
    const supported = await staffedInstrumentIds(ctx.db.manager, [id]);
    res.json({
      instrument: presentInstrument(result.instrument, locale, supported.has(id)),
      cancelled: result.cancelled.map((r) => presentSummary(r, locale)),
      kept: result.kept.map((r) => presentSummary(r, locale)),
    });
  });

  router.post("/:id/status", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(InstrumentStatusRequestSchema, req.body);
    const result = await ctx.db.write((em) => setInstrumentStatus(em, user, id, input, ctx.clock.now()));
    const locale = requestLocale(req);
    const supported = await staffedInstrumentIds(ctx.db.manager, [id]);
    res.json({ instrument: presentInstrument(result.instrument, locale, supported.has(id)), cancelled: result.cancelled.map((r) => presentSummary(r, locale)) });
  });

  return router;
}
