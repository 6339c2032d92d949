import type { EntityManager } from "typeorm";
import { NEEDS, NeedMatcher, type MatchableNeed } from "../../shared/search/thesaurus";
import { SearchThesaurusEntry } from "../platform/db/entities";

/** The admins' entries, oldest first. */
export async function thesaurusEntries(em: EntityManager): Promise<SearchThesaurusEntry[]> {
  return em.getRepository(SearchThesaurusEntry).find({ order: { id: "ASC" } });
}

/**
 * The thesaurus searches read: the repository's needs, less those an entry replaces (an entry switched off that
 * replaces a need switches that need off), plus every entry switched on.
 */
export function mergedNeeds(entries: readonly Pick<SearchThesaurusEntry, "ja" | "en" | "techniques" | "categories" | "enabled" | "replaces">[]): MatchableNeed[] {
  const replaced = new Set(entries.map((entry) => entry.replaces).filter((key) => key !== null));
  return [
    ...NEEDS.filter((need) => !replaced.has(need.ja[0])),
    ...entries.filter((entry) => entry.enabled).map(({ ja, en, techniques, categories }) => ({ ja, en, techniques, categories })),
  ];
}

export async function loadThesaurus(em: EntityManager): Promise<NeedMatcher> {
  return new NeedMatcher(mergedNeeds(await thesaurusEntries(em)));
}
