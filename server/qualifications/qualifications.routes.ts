import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { GrantQualificationRequestSchema, QualificationListQuerySchema, RevokeRequestSchema } from "../../shared/schemas/qualifications";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { presentQualification } from "./qualification.presenter";
import { grantQualification, listQualifications, revokeQualification } from "./qualification.service";

/** Self-use clearances granted by staff after training. */
export function qualificationRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    const query = parse(QualificationListQuerySchema, req.query);
    const now = ctx.clock.now();
    const rows = await listQualifications(ctx.db.manager, user, query, now);
    res.json({ items: rows.map((q) => presentQualification(q, requestLocale(req), now)) });
  });

  router.post("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(GrantQualificationRequestSchema, req.body);
    const now = ctx.clock.now();
    const row = await ctx.db.write((em) => grantQualification(em, user, input, now));
    res.status(201).json({ qualification: presentQualification(row, requestLocale(req), now) });
  });

  router.post("/:id/revoke", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { reason } = parse(RevokeRequestSchema, req.body);
    const now = ctx.clock.now();
    const row = await ctx.db.write((em) => revokeQualification(em, user, id, reason, now));
    res.json({ qualification: presentQualification(row, requestLocale(req), now) });
  });

  return router;
}
