import type { EntityManager } from "typeorm";
import type { z } from "zod";
import { ThesaurusEntryCompleteSchema, type CreateThesaurusEntryRequestSchema, type UpdateThesaurusEntryRequestSchema } from "../../shared/schemas/thesaurus";
import { SearchThesaurusEntry, type User } from "../platform/db/entities";
import { recordAudit } from "../platform/audit-trail";
import { Conflict, Forbidden, NotFound } from "../platform/errors";
import { parse } from "../platform/http/validate";

type CreateInput = z.output<typeof CreateThesaurusEntryRequestSchema>;
type UpdateInput = z.output<typeof UpdateThesaurusEntryRequestSchema>;

/** Only the coordinator edits the thesaurus (it shapes every institution's search results). */
export function requireThesaurusEditor(user: User): void {
  if (user.role !== "coordinator") throw new Forbidden("Only the coordinator edits the search thesaurus");
}

const snapshot = (entry: SearchThesaurusEntry) => ({
  ja: entry.ja, en: entry.en, techniques: entry.techniques, categories: entry.categories, enabled: entry.enabled, replaces: entry.replaces,
});

async function refuseSecondReplacement(em: EntityManager, replaces: string | null, except?: number): Promise<void> {
  if (replaces === null) return;
  const other = await em.getRepository(SearchThesaurusEntry).findOneBy({ replaces });
  if (other && other.id !== except) throw new Conflict("Another entry already replaces that need; edit it instead", { reason: "already_replaced", entryId: other.id });
}

export async function addThesaurusEntry(em: EntityManager, user: User, input: CreateInput): Promise<SearchThesaurusEntry> {
  requireThesaurusEditor(user);
  await refuseSecondReplacement(em, input.replaces);
  const repository = em.getRepository(SearchThesaurusEntry);
  const entry = await repository.save(repository.create(input));
  await recordAudit(em, { actorUserId: user.id, action: "search_thesaurus.entry_added", entityType: "search_thesaurus_entry", entityId: entry.id, details: snapshot(entry) });
  return entry;
}

export async function updateThesaurusEntry(em: EntityManager, user: User, id: number, input: UpdateInput): Promise<SearchThesaurusEntry> {
  requireThesaurusEditor(user);
  const repository = em.getRepository(SearchThesaurusEntry);
  const entry = await repository.findOneBy({ id });
  if (!entry) throw new NotFound("Thesaurus entry");
  const before = snapshot(entry);
  const changed = parse(ThesaurusEntryCompleteSchema, { ...before, ...input });
  await refuseSecondReplacement(em, changed.replaces, id);
  Object.assign(entry, changed);
  await repository.save(entry);
  await recordAudit(em, { actorUserId: user.id, action: "search_thesaurus.entry_updated", entityType: "search_thesaurus_entry", entityId: id, details: { before, after: snapshot(entry) } });
  return entry;
}

export async function removeThesaurusEntry(em: EntityManager, user: User, id: number): Promise<void> {
  requireThesaurusEditor(user);
  const repository = em.getRepository(SearchThesaurusEntry);
  const entry = await repository.findOneBy({ id });
  if (!entry) throw new NotFound("Thesaurus entry");
  await repository.delete(id);
  await recordAudit(em, { actorUserId: user.id, action: "search_thesaurus.entry_removed", entityType: "search_thesaurus_entry", entityId: id, details: snapshot(entry) });
}
