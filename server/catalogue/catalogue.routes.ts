import { Router } from "express";
import type { EntityManager } from "typeorm";
import { IdParamsSchema } from "../../shared/schemas/common";
import { AvailabilityQuerySchema, InstrumentListQuerySchema } from "../../shared/schemas/instruments";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { catalogueAnswerJson, presentInstrument } from "./catalogue.presenter";
import { presentInstitution } from "../institutions";
import { computeAvailability } from "../availability";
import { instrumentAccess } from "./instrument-access.service";
import { catalogueAnswers } from "./catalogue-cache";
import { catalogueSearchIndex } from "./catalogue-search";
import { catalogueCacheKey, listInstitutions, listInstruments } from "./catalogue.service";
import { catalogueRows, staffedInstrumentIds } from "./catalogue-rows";
import { findInstrument } from "../instruments";

/** The institutions, with how many instruments each offers (mounted at /institutions). */
export function institutionRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const locale = requestLocale(req);
    const rows = await listInstitutions(ctx.db.manager);
    res.json({ items: rows.map((row) => presentInstitution(row.institution, row.instrumentCount, locale)) });
  });
  return router;
}

/**
 * The instrument catalogue (mounted at /instruments). Browsing needs no sign-in; what the signed-in user may do on
 * an instrument does.
 */
export function catalogueRoutes(ctx: AppContext): Router {
  const router = Router();
  const answers = catalogueAnswers(ctx.db);
  const search = catalogueSearchIndex(ctx.db);
  const rows = catalogueRows(ctx.db);
  // Built in the background, yielding to requests; a failure only means the first search builds it.
  if (ctx.config.warmSearchIndex) ctx.db.readCommitted((em) => search.index(em)).catch((error) => ctx.logger.warn({ err: error }, "search index not built at start"));

  router.get("/", async (req, res) => {
    const query = parse(InstrumentListQuerySchema, req.query);
    const locale = requestLocale(req);
    const answer = async (em: EntityManager, revision?: number) => {
      const { rows: shown, matches, total, suggestions, related } = await listInstruments(em, query, locale, ctx.clock.now(), { search, rows, revision });
      return catalogueAnswerJson(shown, locale, matches, { total, page: query.page, pageSize: query.pageSize, ...(suggestions && { suggestions }), ...(related && { related }) });
    };
    // Free-on-a-date answers follow bookings and the clock, which the catalogue revision does not: never cached.
    // With q they may update the search index, which must read only committed rows (Database.readCommitted).
    const uncached = () => (query.q ? ctx.db.readCommitted((em) => answer(em)) : answer(ctx.db.manager));
    const body = query.freeOn ? await uncached() : await answers.get(catalogueCacheKey(query, locale), answer);
    res.type("json").send(body);
  });

  router.get("/:id", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const instrument = await findInstrument(ctx.db.manager, id);
    const supported = await staffedInstrumentIds(ctx.db.manager, [id]);
    res.json({ instrument: presentInstrument(instrument, requestLocale(req), supported.has(id)) });
  });

  router.get("/:id/availability", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const { from, to, duration } = parse(AvailabilityQuerySchema, req.query);
    res.json(await computeAvailability(ctx.db, id, { from: Date.parse(from), to: Date.parse(to), duration }, ctx.clock.now()));
  });

  router.get("/:id/access", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    res.json(await instrumentAccess(ctx.db.manager, user, id, ctx.clock.now()));
  });

  return router;
}
