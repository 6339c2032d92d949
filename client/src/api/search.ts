import { z } from "zod";
import {
  ThesaurusEntrySchema,
  ThesaurusResponseSchema,
  type CreateThesaurusEntryRequest,
  type UpdateThesaurusEntryRequest,
} from "../../../shared";
import { request } from "./http";

const EntryResponse = z.object({ entry: ThesaurusEntrySchema });

/** The search thesaurus (the coordinator's). */
export const searchApi = {
  thesaurus: () => request("/search/thesaurus", ThesaurusResponseSchema),
  addEntry: (body: CreateThesaurusEntryRequest) => request("/search/thesaurus", EntryResponse, { method: "POST", body }).then((r) => r.entry),
  updateEntry: (id: number, body: UpdateThesaurusEntryRequest) => request(`/search/thesaurus/${id}`, EntryResponse, { method: "PATCH", body }).then((r) => r.entry),
  removeEntry: (id: number) => request(`/search/thesaurus/${id}`, null, { method: "DELETE" }),
};
