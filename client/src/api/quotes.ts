import { QuoteListResponseSchema, QuoteResponseSchema, type CreateQuoteRequest } from "../../../shared/schemas/quotes";
import { request } from "./http";

/** A consultation's quotes (server/quotes). */
export const quotesApi = {
  list: (consultationId: number) => request(`/consultations/${consultationId}/quotes`, QuoteListResponseSchema),
  issue: (consultationId: number, body: CreateQuoteRequest) => request(`/consultations/${consultationId}/quotes`, QuoteResponseSchema, { method: "POST", body }),
  accept: (consultationId: number, quoteId: number) => request(`/consultations/${consultationId}/quotes/${quoteId}/accept`, QuoteResponseSchema, { method: "POST" }),
  decline: (consultationId: number, quoteId: number, reason: string) =>
    request(`/consultations/${consultationId}/quotes/${quoteId}/decline`, QuoteResponseSchema, { method: "POST", body: { reason } }),
};
