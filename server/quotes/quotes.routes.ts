import { Router, type Request, type Response } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CreateQuoteRequestSchema, DeclineQuoteRequestSchema, QuoteParamsSchema } from "../../shared/schemas/quotes";
import { currentActor } from "../accounts";
import { loadConsultationForActor } from "../consultations";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import { Quote } from "../platform/db/entities";
import { Conflict } from "../platform/errors";
import { answerQuote, type Answer } from "./quote-answer.service";
import { expireOverdue } from "./quote-expiry";
import { presentQuotes } from "./quote.presenter";
import { seesQuote } from "./quote.policy";
import { issueQuote } from "./quote.service";

const REFUSED = {
  quote_expired: "The quote's validity has ended; ask for a new quote or reopen the request",
  quote_superseded: "A newer version of this quote replaced it",
  quote_answered: "The quote has been answered already",
} as const;

/** A consultation's quotes (`/api/consultations/:id/quotes`): issue, list with versions, accept, decline. */
export function quoteRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get("/:id/quotes", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const now = ctx.clock.now();
    const quotes = await ctx.db.write(async (em) => {
      await loadConsultationForActor(em, actor, id);
      await expireOverdue(em, id, now);
      return em.getRepository(Quote).find({ where: { consultationId: id }, order: { version: "DESC" } });
    });
    res.json({ items: await presentQuotes(ctx.db.manager, quotes.filter((q) => seesQuote(actor, q)), now) });
  });

  router.post("/:id/quotes", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(CreateQuoteRequestSchema, req.body);
    const now = ctx.clock.now();
    const quote = await ctx.db.write(async (em) => (await presentQuotes(em, [await issueQuote(em, actor, id, input, now)], now))[0]);
    res.status(201).json({ quote });
  });

  const answer = (read: (body: unknown) => Answer) => async (req: Request, res: Response) => {
    const actor = currentActor(req);
    const { id, quoteId } = parse(QuoteParamsSchema, req.params);
    const given = read(req.body);
    const now = ctx.clock.now();
    const outcome = await ctx.db.write((em) => answerQuote(em, actor, id, quoteId, given, now));
    if (!outcome.answered) throw new Conflict(REFUSED[outcome.reason as keyof typeof REFUSED], { reason: outcome.reason, status: outcome.quote.status });
    res.json({ quote: (await presentQuotes(ctx.db.manager, [outcome.quote], now))[0] });
  };

  router.post("/:id/quotes/:quoteId/accept", answer(() => ({ kind: "accept" })));
  router.post("/:id/quotes/:quoteId/decline", answer((body) => ({ kind: "decline", reason: parse(DeclineQuoteRequestSchema, body).reason })));

  return router;
}
