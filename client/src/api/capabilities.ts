import { z } from "zod";
import { CapabilityListSchema, CapabilitySchema, NeedSuggestionsSchema, type CreateCapabilityRequest, type UpdateCapabilityRequest } from "../../../shared";
import { request } from "./http";

const Envelope = z.object({ capability: CapabilitySchema });

export interface CapabilitySearch {
  q?: string;
  institutionId?: number;
  instrumentId?: number;
  page?: number;
  pageSize?: number;
}

/** The technology directory (README "Technology directory") and the suggestions for a need. */
export const capabilitiesApi = {
  list: (search: CapabilitySearch) => request("/capabilities", CapabilityListSchema, { query: { ...search } }),
  get: (id: number) => request(`/capabilities/${id}`, Envelope).then((r) => r.capability),
  create: (body: CreateCapabilityRequest) => request("/capabilities", Envelope, { method: "POST", body }).then((r) => r.capability),
  update: (id: number, body: UpdateCapabilityRequest) => request(`/capabilities/${id}`, Envelope, { method: "PATCH", body }).then((r) => r.capability),
  remove: (id: number) => request(`/capabilities/${id}`, null, { method: "DELETE" }),
  suggestions: (q: string) => request("/needs/suggestions", NeedSuggestionsSchema, { query: { q } }),
};
