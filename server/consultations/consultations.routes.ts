import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { ConsultationListQuerySchema, CreateConsultationRequestSchema } from "../../shared/schemas/consultations";
import { currentActor } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { loadAccess } from "./consultation-access";
import { presentConsultationPage } from "./consultation-list";
import { createConsultation, listConsultations } from "./consultation.service";
import { consultationView } from "./consultation-view";

/** Intake, the lists and the request page (`/api/consultations`). */
export function consultationRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const actor = currentActor(req);
    const query = parse(ConsultationListQuerySchema, req.query);
    const { items, total } = await listConsultations(ctx.db.manager, actor, query);
    res.json({ items: await presentConsultationPage(ctx.db.manager, items), total, page: query.page, pageSize: query.pageSize });
  });

  router.post("/", async (req, res) => {
    const actor = currentActor(req);
    const input = parse(CreateConsultationRequestSchema, req.body);
    const consultation = await ctx.db.write(async (em) => {
      const row = await createConsultation(em, actor, input);
      return consultationView(em, actor, await loadAccess(em, actor, row.id));
    });
    res.status(201).json({ consultation });
  });

  router.get("/:id", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const access = await loadAccess(ctx.db.manager, actor, id);
    res.json({ consultation: await consultationView(ctx.db.manager, actor, access) });
  });

  return router;
}
