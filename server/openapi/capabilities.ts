import { z } from "zod";
import * as S from "../../shared";
import type { Op } from "./document";

type Named = <T extends z.ZodType>(id: string, schema: T) => T;
type Json = (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };

/** The technology directory (research capabilities) and the suggestions for a need. */
export function registerCapabilityOperations(op: Op, named: Named, json: Json): void {
  const Capability = named("Capability", S.CapabilitySchema);
  const Envelope = z.object({ capability: Capability });
  const idParams = { params: S.IdParamsSchema };

  op("get", "/api/capabilities", "The technology directory: published capabilities (plus unpublished ones to their institution's admins and the coordinator); with q ranked by the catalogue's search, each item with match", false, { status: 200, schema: S.CapabilityListSchema.extend({ items: z.array(Capability) }) }, { query: S.CapabilityListQuerySchema });
  op("get", "/api/capabilities/{id}", "A capability (unpublished: 404 except to its institution's admins and the coordinator); contact goes through a consultation request", false, { status: 200, schema: Envelope }, idParams);
  op("post", "/api/capabilities", "Publish a capability (the institution's admins, the coordinator naming institutionId; others 403); related instruments of another institution 422", true, { status: 201, schema: Envelope }, { body: json(named("CreateCapabilityRequest", S.CreateCapabilityRequestSchema)) });
  op("patch", "/api/capabilities/{id}", "Change a capability (its institution's admins and the coordinator; others 403, or 404 if unpublished)", true, { status: 200, schema: Envelope }, { ...idParams, body: json(named("UpdateCapabilityRequest", S.UpdateCapabilityRequestSchema)) });
  op("delete", "/api/capabilities/{id}", "Remove a capability (same as changing it)", true, { status: 204 }, idParams);
  op("get", "/api/needs/suggestions", "For a need in a company's words (signed in): the best instruments and published capabilities, institutions by the sum of their matches, and the staff who look after the matched instruments", true, { status: 200, schema: named("NeedSuggestions", S.NeedSuggestionsSchema) }, { query: S.NeedSuggestionsQuerySchema });
}
