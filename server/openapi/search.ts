import { z } from "zod";
import * as S from "../../shared";
import type { Op } from "./document";

interface Helpers {
  named: <T extends z.ZodType>(id: string, schema: T) => T;
  json: (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };
}

/** The search thesaurus: the repository's needs and the coordinator's entries. */
export function registerSearchOperations(op: Op, { named, json }: Helpers): void {
  const idParams = { params: S.IdParamsSchema };
  const Entry = z.object({ entry: named("ThesaurusEntry", S.ThesaurusEntrySchema) });
  const who = "(coordinator; 403 for anyone else)";
  op("get", "/api/search/thesaurus", `The search thesaurus: the repository's needs (key, phrases, techniques, the entry replacing it), the coordinator's entries and the techniques to choose from ${who}`, true, { status: 200, schema: named("ThesaurusResponse", S.ThesaurusResponseSchema) });
  op("post", "/api/search/thesaurus", `Add a need to the search thesaurus: phrases in ja/en and the techniques or instrument categories that answer it; with replaces, it replaces that repository need (switched off: removes it; 409 already_replaced if another entry does). Searches in every process use it from the next request. Audited ${who}`, true, { status: 201, schema: Entry }, { body: json(named("CreateThesaurusEntryRequest", S.CreateThesaurusEntryRequestSchema)) });
  op("patch", "/api/search/thesaurus/{id}", `Change or switch off (enabled: false) a thesaurus entry; the entry as changed must keep a phrase and a technique or category (400). Audited with before and after ${who}`, true, { status: 200, schema: Entry }, { ...idParams, body: json(named("UpdateThesaurusEntryRequest", S.UpdateThesaurusEntryRequestSchema)) });
  op("delete", "/api/search/thesaurus/{id}", `Remove a thesaurus entry (a replaced repository need comes back). Audited ${who}`, true, { status: 204 }, idParams);
}
