import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CapabilityListQuerySchema, CreateCapabilityRequestSchema, NeedSuggestionsQuerySchema, UpdateCapabilityRequestSchema } from "../../shared/schemas/capabilities";
import { currentUser } from "../accounts";
import { catalogueSearchIndex } from "../catalogue";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { capabilitySearchIndex } from "./capability-search";
import { presentCapability } from "./capability.presenter";
import { createCapability, deleteCapability, findCapability, listCapabilities, updateCapability } from "./capability.service";
import { suggestForNeed } from "./need-suggestions.service";

/** The technology directory (mounted at /capabilities): anyone reads published capabilities; their institution's admins and the coordinator edit. */
export function capabilityRoutes(ctx: AppContext): Router {
  const router = Router();
  const search = capabilitySearchIndex(ctx.db);

  router.get("/", async (req, res) => {
    const query = parse(CapabilityListQuerySchema, req.query);
    const locale = requestLocale(req);
    // The search index must read only committed rows (Database.readCommitted).
    const { items, total, matches } = await ctx.db.readCommitted((em) => listCapabilities(em, req.auth?.user, query, locale, search));
    res.json({ items: items.map((row) => presentCapability(row, locale, matches.get(row.id))), total, page: query.page, pageSize: query.pageSize });
  });

  router.get("/:id", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    res.json({ capability: presentCapability(await findCapability(ctx.db.manager, req.auth?.user, id), requestLocale(req)) });
  });

  router.post("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(CreateCapabilityRequestSchema, req.body);
    const capability = await ctx.db.write((em) => createCapability(em, user, input));
    res.status(201).json({ capability: presentCapability(capability, requestLocale(req)) });
  });

  router.patch("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(UpdateCapabilityRequestSchema, req.body);
    const capability = await ctx.db.write((em) => updateCapability(em, user, id, input));
    res.json({ capability: presentCapability(capability, requestLocale(req)) });
  });

  router.delete("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    await ctx.db.write((em) => deleteCapability(em, user, id));
    res.status(204).end();
  });

  return router;
}

/** Suggestions for a need in a company's words (mounted at /needs): instruments, capabilities, institutions, staff. */
export function needRoutes(ctx: AppContext): Router {
  const router = Router();
  const catalogue = catalogueSearchIndex(ctx.db);
  const directory = capabilitySearchIndex(ctx.db);
  router.get("/suggestions", async (req, res) => {
    currentUser(req);
    const { q } = parse(NeedSuggestionsQuerySchema, req.query);
    res.json(await ctx.db.readCommitted((em) => suggestForNeed(em, q, requestLocale(req), catalogue, directory)));
  });
  return router;
}
