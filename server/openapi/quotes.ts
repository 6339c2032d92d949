import { z } from "zod";
import * as Q from "../../shared/schemas/quotes";
import { IdParamsSchema } from "../../shared/schemas/common";
import type { Op } from "./document";

interface Helpers {
  named: <T extends z.ZodType>(id: string, schema: T) => T;
  json: (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };
}

/** Quotes on a consultation: issued by a routed institution's staff, answered by the company, booked from. */
export function registerQuoteOperations(op: Op, { named, json }: Helpers): void {
  const Quote = z.object({ quote: named("Quote", Q.QuoteSchema) });
  const params = { params: Q.QuoteParamsSchema };
  op("post", "/api/consultations/{id}/quotes", "The assigned staff member or an admin of a routed institution quotes for their institution (others who see the consultation 403, everyone else 404): sessions (instrument, usage mode self|operation|training, hours in quarter hours), staff hours, consumables, validUntil (a local date in the institution's zone). Priced by the booking's rules for the company's customer type (provisional while unverified), in each instrument's billing units, tax once per rate with the institution's rounding. It supersedes the open quote (versions kept) and the consultation becomes `quoted`. 422 instrument_not_of_institution / mode_not_offered; 422 invalid_transition on a closed consultation", true, { status: 201, schema: Quote }, { params: IdParamsSchema, body: json(named("CreateQuoteRequest", Q.CreateQuoteRequestSchema)) });
  op("get", "/api/consultations/{id}/quotes", "Every version of the consultation's quotes, newest first, with tax per rate and the hours booked from each quoted session: whoever sees the consultation (institution staff their own institution's quotes). Issued quotes past their validity are marked expired first, closing the request (reason quote_expired)", true, { status: 200, schema: named("QuoteList", Q.QuoteListResponseSchema) }, { params: IdParamsSchema });
  op("post", "/api/consultations/{id}/quotes/{quoteId}/accept", "A member of the company accepts an open quote (who and when recorded); the consultation becomes `accepted` and the quote's sessions can be booked with `quoteId` on POST /api/reservations. Others 403 (or 404 when they cannot see the consultation); 409 quote_expired (the validity ended in the institution's zone: the request is closed), quote_superseded, quote_answered", true, { status: 200, schema: Quote }, params);
  op("post", "/api/consultations/{id}/quotes/{quoteId}/decline", "A member of the company declines an open quote with a reason; the consultation is closed (reason quote_declined) and the company can reopen it. Same refusals as accept", true, { status: 200, schema: Quote }, { ...params, body: json(named("DeclineQuoteRequest", Q.DeclineQuoteRequestSchema)) });
}
