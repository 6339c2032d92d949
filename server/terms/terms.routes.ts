import { Router } from "express";
import { AcceptTermsRequestSchema, PublishTermsRequestSchema } from "../../shared/schemas/terms";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { NotFound } from "../platform/errors";
import type { TermsVersion } from "../platform/db/entities";
import { acceptTerms, acceptedVersionOf, currentTerms, publishTerms } from "./terms.service";

const present = (terms: TermsVersion) => ({ version: terms.version, textJa: terms.textJa, textEn: terms.textEn, publishedAt: terms.createdAt.toISOString() });

export function termsRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const terms = await currentTerms(ctx.db.manager);
    if (!terms) throw new NotFound("Terms of use");
    const acceptedVersion = req.auth ? await acceptedVersionOf(ctx.db.manager, req.auth.user.id) : null;
    res.json({ ...present(terms), acceptedVersion });
  });

  router.post("/", async (req, res) => {
    const user = currentUser(req);
    const input = parse(PublishTermsRequestSchema, req.body);
    const terms = await ctx.db.write((em) => publishTerms(em, user, input));
    res.status(201).json({ ...present(terms), acceptedVersion: null });
  });

  router.post("/accept", async (req, res) => {
    const user = currentUser(req);
    const { version } = parse(AcceptTermsRequestSchema, req.body);
    const accepted = await ctx.db.write((em) => acceptTerms(em, user, version));
    res.json({ version: accepted.version, acceptedAt: accepted.acceptedAt.toISOString() });
  });

  return router;
}
