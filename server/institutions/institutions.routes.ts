import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CreateInstitutionRequestSchema, UpdateInstitutionRequestSchema } from "../../shared/schemas/institutions";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { createInstitution, findInstitution, updateInstitution } from "./institution-admin.service";
import { presentInstitution } from "./institution.presenter";

/** Setting up institutions (mounted at /institutions, beside the catalogue's list). */
export function institutionAdminRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(CreateInstitutionRequestSchema, req.body);
    const institution = await ctx.db.write((em) => createInstitution(em, user, input));
    res.status(201).json({ institution: presentInstitution(institution, 0, requestLocale(req)) });
  });

  router.get("/:id", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const { institution, instrumentCount } = await findInstitution(ctx.db.manager, id);
    res.json({ institution: presentInstitution(institution, instrumentCount, requestLocale(req)) });
  });

  router.patch("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(UpdateInstitutionRequestSchema, req.body);
    const { institution, instrumentCount } = await ctx.db.write((em) => updateInstitution(em, user, id, input));
    res.json({ institution: presentInstitution(institution, instrumentCount, requestLocale(req)) });
  });

  return router;
}
