import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CompanyListQuerySchema, UpdateCompanyRequestSchema } from "../../shared/schemas/companies";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { presentCompany, presentCompanySummary } from "./company.presenter";
import { listCompanies } from "./company-list.service";
import { updateCompany, viewCompany } from "./company.service";

export function companyRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const user = currentUser(req);
    const query = parse(CompanyListQuerySchema, req.query);
    const rows = await listCompanies(ctx.db.manager, user, query);
    res.json({ items: rows.map(({ company, memberCount }) => presentCompanySummary(company, memberCount)) });
  });

  router.get("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const view = await viewCompany(ctx.db.manager, user, id);
    res.json({ company: presentCompany(view.company, view.members, view.can) });
  });

  router.patch("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(UpdateCompanyRequestSchema, req.body);
    const view = await ctx.db.write((em) => updateCompany(em, user, id, input, ctx.clock.now()));
    res.json({ company: presentCompany(view.company, view.members, view.can) });
  });

  return router;
}
