import type { EntityManager } from "typeorm";
import { SearchThesaurusEntry, type User } from "../platform/db/entities";
import { recordAudit } from "../platform/audit-trail";

/** One need the coordinator added to the search thesaurus, so the demo's thesaurus page and searches show it. */
export async function seedThesaurus(em: EntityManager, users: Map<string, User>): Promise<void> {
  const coordinator = users.get("coordinator@demo.example")!;
  const repository = em.getRepository(SearchThesaurusEntry);
  const entry = await repository.save(repository.create({ ja: ["ウィスカ", "はんだ接合部"], en: ["whisker", "solder joint"], techniques: ["sem", "xct"], categories: [], enabled: true, replaces: null }));
  const { ja, en, techniques, categories, enabled, replaces } = entry;
  await recordAudit(em, { actorUserId: coordinator.id, action: "search_thesaurus.entry_added", entityType: "search_thesaurus_entry", entityId: entry.id, details: { ja, en, techniques, categories, enabled, replaces } });
}
