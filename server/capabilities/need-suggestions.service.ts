import { In, type EntityManager } from "typeorm";
import type { Locale } from "../../shared/enums";
import type { NeedSuggestions } from "../../shared/schemas/capabilities";
import type { CatalogueSearch } from "../catalogue";
import { Institution, Instrument, StaffMember } from "../platform/db/entities";
import type { CapabilitySearch } from "./capability-search";
import { loadInOrder } from "./capability.service";

/** How many of each a suggestion lists. */
const TOP = { instruments: 8, capabilities: 5, institutions: 5, staff: 8 };

/**
 * What a need (a company's words) suggests, for routing: the instruments and published capabilities the catalogue's
 * search ranks first, the institutions ranked by the sum of all their matches' scores, and the active staff who
 * look after the suggested instruments.
 */
export async function suggestForNeed(em: EntityManager, q: string, locale: Locale, catalogue: CatalogueSearch, directory: CapabilitySearch): Promise<NeedSuggestions> {
  const instrumentRanking = (await catalogue.index(em)).search(q, {}, locale);
  const { index, visibility } = await directory.index(em);
  const capabilityRanking = index.search(q, {}, locale).filter((r) => visibility.get(r.id)?.published);
  const scores = new Map<number, number>();
  const instrumentRows = instrumentRanking.length ? await em.getRepository(Instrument).find({ where: { id: In(instrumentRanking.map((r) => r.id)) }, select: { id: true, institutionId: true, nameJa: true, nameEn: true } }) : [];
  const instrumentById = new Map(instrumentRows.map((row) => [row.id, row]));
  for (const r of instrumentRanking) add(scores, instrumentById.get(r.id)!.institutionId, r.score);
  for (const r of capabilityRanking) add(scores, visibility.get(r.id)!.institutionId, r.score);

  const topInstruments = instrumentRanking.slice(0, TOP.instruments);
  const topCapabilities = capabilityRanking.slice(0, TOP.capabilities);
  const capabilityRows = await loadInOrder(em, topCapabilities.map((r) => r.id));
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP.institutions);
  const institutions = ranked.length ? await em.getRepository(Institution).findBy({ id: In(ranked.map(([id]) => id)) }) : [];
  const institutionById = new Map(institutions.map((row) => [row.id, row]));
  return {
    instruments: topInstruments.map((r) => {
      const row = instrumentById.get(r.id)!;
      return { id: row.id, nameJa: row.nameJa, nameEn: row.nameEn, institutionId: row.institutionId, match: r.explain() };
    }),
    capabilities: capabilityRows.map((row, i) => ({ id: row.id, titleJa: row.titleJa, titleEn: row.titleEn, institutionId: row.institutionId, match: topCapabilities[i].explain() })),
    institutions: ranked.map(([id, score]) => ({ id, nameJa: institutionById.get(id)!.nameJa, nameEn: institutionById.get(id)!.nameEn, score: Math.round(score * 1000) / 1000 })),
    staff: await staffFor(em, topInstruments.map((r) => r.id)),
  };
}

function add(scores: Map<number, number>, institutionId: number, score: number): void {
  scores.set(institutionId, (scores.get(institutionId) ?? 0) + score);
}

/** Active staff who look after these instruments, those covering the best-ranked instruments first. */
async function staffFor(em: EntityManager, instrumentIds: number[]): Promise<NeedSuggestions["staff"]> {
  if (instrumentIds.length === 0) return [];
  const rows: { staffMemberId: number; name: string; institutionId: number; instrumentId: number }[] = await em
    .getRepository(StaffMember)
    .createQueryBuilder("s")
    .innerJoin("s.instruments", "i")
    .innerJoin("s.user", "u")
    .select(["s.id AS \"staffMemberId\"", "u.displayName AS \"name\"", "s.institutionId AS \"institutionId\"", "i.id AS \"instrumentId\""])
    .where("i.id IN (:...ids)", { ids: instrumentIds })
    .andWhere("s.active = :active", { active: true })
    .getRawMany();
  const rank = (row: { instrumentId: number }) => instrumentIds.indexOf(Number(row.instrumentId));
  const seen = new Set<number>();
  const staff: NeedSuggestions["staff"] = [];
  for (const row of rows.sort((a, b) => rank(a) - rank(b) || Number(a.staffMemberId) - Number(b.staffMemberId))) {
    if (seen.has(Number(row.staffMemberId))) continue;
    seen.add(Number(row.staffMemberId));
    staff.push({ staffMemberId: Number(row.staffMemberId), name: row.name, institutionId: Number(row.institutionId) });
  }
  return staff.slice(0, TOP.staff);
}
