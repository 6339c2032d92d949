import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CreateThesaurusEntryRequestSchema, UpdateThesaurusEntryRequestSchema, type ThesaurusEntry, type ThesaurusResponse } from "../../shared/schemas/thesaurus";
import { NEEDS, TECHNIQUES } from "../../shared/search/thesaurus";
import { currentUser } from "../accounts";
import type { SearchThesaurusEntry } from "../platform/db/entities";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { thesaurusEntries } from "./thesaurus-merge";
import { addThesaurusEntry, removeThesaurusEntry, requireThesaurusEditor, updateThesaurusEntry } from "./thesaurus.service";

function presentEntry(entry: SearchThesaurusEntry): ThesaurusEntry {
  const { id, ja, en, techniques, categories, enabled, replaces } = entry;
  return { id, ja, en, techniques, categories: categories as ThesaurusEntry["categories"], enabled, replaces, updatedAt: entry.updatedAt.toISOString() };
}

/** The search thesaurus: the repository's needs and the coordinator's entries (mounted at /search). */
export function thesaurusRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/thesaurus", async (req, res) => {
    requireThesaurusEditor(currentUser(req));
    const entries = await thesaurusEntries(ctx.db.manager);
    const body: ThesaurusResponse = {
      base: NEEDS.map((need) => ({ key: need.ja[0], ja: need.ja, en: need.en, techniques: need.techniques, replacedBy: entries.find((e) => e.replaces === need.ja[0])?.id ?? null })),
      entries: entries.map(presentEntry),
      techniques: TECHNIQUES.map(({ id, ja, en }) => ({ id, ja, en })),
    };
    res.json(body);
  });

  router.post("/thesaurus", async (req, res) => {
    const user = currentUser(req);
    requireThesaurusEditor(user);
    const input = parse(CreateThesaurusEntryRequestSchema, req.body);
    res.status(201).json({ entry: presentEntry(await ctx.db.write((em) => addThesaurusEntry(em, user, input))) });
  });

  router.patch("/thesaurus/:id", async (req, res) => {
    const user = currentUser(req);
    requireThesaurusEditor(user);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(UpdateThesaurusEntryRequestSchema, req.body);
    res.json({ entry: presentEntry(await ctx.db.write((em) => updateThesaurusEntry(em, user, id, input))) });
  });

  router.delete("/thesaurus/:id", async (req, res) => {
    const user = currentUser(req);
    requireThesaurusEditor(user);
    const { id } = parse(IdParamsSchema, req.params);
    await ctx.db.write((em) => removeThesaurusEntry(em, user, id));
    res.status(204).end();
  });

  return router;
}
