import { In, type EntityManager } from "typeorm";
import type { z } from "zod";
import type { Locale } from "../../shared/enums";
import type { CapabilityListQuerySchema, CreateCapabilityRequestSchema, UpdateCapabilityRequestSchema } from "../../shared/schemas/capabilities";
import type { SearchMatch } from "../../shared/schemas/instruments";
import { recordAudit } from "../platform/audit-trail";
import { Capability, Institution, Instrument, type User } from "../platform/db/entities";
import { Forbidden, NotFound, RuleViolation, ValidationError } from "../platform/errors";
import { canOnCapabilities } from "./capability.policy";
import type { CapabilitySearch, Visibility } from "./capability-search";

type ListQuery = z.output<typeof CapabilityListQuerySchema>;
type CreateInput = z.output<typeof CreateCapabilityRequestSchema>;
type UpdateInput = z.output<typeof UpdateCapabilityRequestSchema>;

export interface CapabilityPage {
  items: Capability[];
  total: number;
  matches: Map<number, SearchMatch>;
}

/** Whether this caller may see this capability: published, or one they edit. */
export function visibleTo(user: User | undefined, row: Visibility): boolean {
  return row.published || canOnCapabilities(user, "edit", row.institutionId);
}

/**
 * The directory: with `q`, ranked by the catalogue's search (`match` on each item), else by title; published
 * capabilities only, plus the unpublished ones the caller edits.
 */
export async function listCapabilities(em: EntityManager, user: User | undefined, query: ListQuery, locale: Locale, search: CapabilitySearch): Promise<CapabilityPage> {
  const offset = (query.page - 1) * query.pageSize;
  const { index, visibility } = await search.index(em);
  const linked = query.instrumentId ? await capabilitiesUsing(em, query.instrumentId) : null;
  const shown = (id: number) => {
    const row = visibility.get(id);
    return !!row && visibleTo(user, row) && (!query.institutionId || row.institutionId === query.institutionId) && (!linked || linked.has(id));
  };
  if (query.q) {
    const ranked = index.search(query.q, {}, locale).filter((r) => shown(r.id));
    const page = ranked.slice(offset, offset + query.pageSize);
    return { items: await loadInOrder(em, page.map((r) => r.id)), total: ranked.length, matches: new Map(page.map((r) => [r.id, r.explain()])) };
  }
  const all = await em.getRepository(Capability).find({ select: { id: true, titleJa: true, titleEn: true }, order: { id: "ASC" } });
  const title = (c: Capability) => (locale === "ja" ? c.titleJa : c.titleEn);
  const ids = all.filter((c) => shown(c.id)).sort((a, b) => title(a).localeCompare(title(b), locale) || a.id - b.id).map((c) => c.id);
  return { items: await loadInOrder(em, ids.slice(offset, offset + query.pageSize)), total: ids.length, matches: new Map() };
}

async function capabilitiesUsing(em: EntityManager, instrumentId: number): Promise<Set<number>> {
  const rows: { id: number }[] = await em
    .getRepository(Capability)
    .createQueryBuilder("c")
    .innerJoin("c.instruments", "i", "i.id = :instrumentId", { instrumentId })
    .select("c.id", "id")
    .getRawMany();
  return new Set(rows.map((r) => Number(r.id)));
}

/** Capabilities with their institution and instruments, in the given order. */
export async function loadInOrder(em: EntityManager, ids: number[]): Promise<Capability[]> {
  if (ids.length === 0) return [];
  const rows = await em.getRepository(Capability).find({ where: { id: In(ids) }, relations: { institution: true, instruments: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** One capability, if the caller may see it (404 otherwise, published or not). */
export async function findCapability(em: EntityManager, user: User | undefined, id: number): Promise<Capability> {
  const [row] = await loadInOrder(em, [id]);
  if (!row || !visibleTo(user, row)) throw new NotFound("Capability");
  return row;
}

/** The related instruments: each of this institution (422 otherwise). */
async function relatedInstruments(em: EntityManager, institutionId: number, ids: number[]): Promise<Instrument[]> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await em.getRepository(Instrument).findBy({ id: In(unique) }) : [];
  const foreign = unique.filter((id) => !rows.some((row) => row.id === id && row.institutionId === institutionId));
  if (foreign.length > 0) {
    throw new RuleViolation("Related instruments must belong to the capability's institution", { reason: "instrument_of_another_institution", instrumentIds: foreign });
  }
  return rows;
}

export async function createCapability(em: EntityManager, user: User, input: CreateInput): Promise<Capability> {
  const institutionId = input.institutionId ?? (user.role === "institution_admin" ? user.institutionId : null);
  if (institutionId === null) throw new ValidationError("Name the institution (institutionId)");
  if (!canOnCapabilities(user, "edit", institutionId)) throw new Forbidden("Only the institution's admins and the coordinator publish its capabilities");
  if (!(await em.getRepository(Institution).existsBy({ id: institutionId }))) throw new NotFound("Institution");
  const { instrumentIds = [], keywordsJa = [], keywordsEn = [], published = false, institutionId: _named, ...fields } = input;
  const instruments = await relatedInstruments(em, institutionId, instrumentIds);
  const saved = await em.getRepository(Capability).save(em.getRepository(Capability).create({ ...fields, keywordsJa, keywordsEn, published, institutionId, instruments }));
  await audit(em, user, "capability.created", saved, { title: saved.titleEn, published });
  return (await loadInOrder(em, [saved.id]))[0];
}

/** Loads a capability for a change: 404 when the caller cannot see it, 403 when they see it but do not edit it. */
async function editable(em: EntityManager, user: User, id: number): Promise<Capability> {
  const row = await findCapability(em, user, id);
  if (!canOnCapabilities(user, "edit", row.institutionId)) throw new Forbidden("Only the institution's admins and the coordinator change its capabilities");
  return row;
}

export async function updateCapability(em: EntityManager, user: User, id: number, input: UpdateInput): Promise<Capability> {
  const row = await editable(em, user, id);
  const { instrumentIds, ...fields } = input;
  Object.assign(row, fields);
  if (instrumentIds) row.instruments = await relatedInstruments(em, row.institutionId, instrumentIds);
  await em.getRepository(Capability).save(row);
  await audit(em, user, "capability.updated", row, { fields: Object.keys(input) });
  return (await loadInOrder(em, [row.id]))[0];
}

export async function deleteCapability(em: EntityManager, user: User, id: number): Promise<void> {
  const row = await editable(em, user, id);
  await em.getRepository(Capability).delete(row.id);
  await audit(em, user, "capability.deleted", row, { title: row.titleEn });
}

function audit(em: EntityManager, user: User, action: "capability.created" | "capability.updated" | "capability.deleted", row: Capability, details: Record<string, unknown>) {
  return recordAudit(em, { actorUserId: user.id, action, entityType: "capability", entityId: row.id, institutionId: row.institutionId, details });
}
