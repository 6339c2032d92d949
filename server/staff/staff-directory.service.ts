import { In, type EntityManager } from "typeorm";
import type { z } from "zod";
import type { CreateStaffMemberRequestSchema, StaffListQuerySchema, UpdateStaffMemberRequestSchema } from "../../shared/schemas/staff";
import { covers, type Interval } from "../../shared/time/intervals";
import { buildDateRanges, type WeeklyHours } from "../../shared/time/weekly-hours";
import { Instrument, StaffMember, User } from "../platform/db/entities";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../platform/errors";
import type { Actor } from "../platform/actor";
import { canOnInstitution, listScope } from "../institutions";
import { canOnStaffMember, type StaffAction } from "./staff.policy";
import { localizedSummaries } from "../booking";
import { activeReservationsIn } from "../booking";
import { recordAudit } from "../platform/audit-trail";

type CreateInput = z.output<typeof CreateStaffMemberRequestSchema>;
type UpdateInput = z.output<typeof UpdateStaffMemberRequestSchema>;
type ListQuery = z.output<typeof StaffListQuerySchema>;

const RELATIONS = { user: true, instruments: true, institution: true } as const;
const YEARS_AHEAD = 3 * 366 * 86_400_000;

/** Loads a staff member the actor may act on; invisible ones are "not found". */
export async function authorizedStaffMember(em: EntityManager, actor: Actor, id: number, action: StaffAction): Promise<StaffMember> {
  const member = await em.getRepository(StaffMember).findOne({ where: { id }, relations: RELATIONS });
  if (!member || !canOnStaffMember(actor, "view", member)) throw new NotFound("Staff member");
  if (!canOnStaffMember(actor, action, member)) throw new Forbidden();
  return member;
}

export async function listStaffMembers(em: EntityManager, actor: Actor, query: ListQuery): Promise<StaffMember[]> {
  const institutionId = listScope(actor.user, query.institutionId);
  const q = em
    .getRepository(StaffMember)
    .createQueryBuilder("s")
    .innerJoinAndSelect("s.user", "user")
    .leftJoinAndSelect("s.instruments", "instruments")
    .orderBy("s.id", "ASC");
  if (institutionId !== null) q.andWhere("s.institutionId = :institutionId", { institutionId });
  if (!query.includeInactive) q.andWhere("s.active = :active AND user.active = :active", { active: true });
  if (query.instrumentId) {
    q.andWhere("s.id IN (SELECT si.staff_member_id FROM staff_instrument si WHERE si.instrument_id = :instrumentId)", { instrumentId: query.instrumentId });
  }
  return q.getMany();
}

async function institutionInstruments(em: EntityManager, institutionId: number, ids: number[]): Promise<Instrument[]> {
  if (ids.length === 0) return [];
  const found = await em.getRepository(Instrument).findBy({ id: In(ids), institutionId });
  if (found.length !== new Set(ids).size) {
    throw new RuleViolation("Staff can only support instruments of their own institution", { reason: "invalid_target" });
  }
  return found;
}

/** Creates a login and a staff record in the admin's institution (the password is hashed before the transaction). */
export async function createStaffMember(em: EntityManager, actor: Actor, input: CreateInput, passwordHash: string): Promise<StaffMember> {
  const institutionId = actor.user.institutionId;
  if (institutionId === null || !canOnInstitution(actor.user, "manage", institutionId)) throw new Forbidden("Only institution admins add staff");
  if (await em.getRepository(User).exists({ where: { email: input.email } })) {
    throw new Conflict("An account with this email already exists", { reason: "email_taken" });
  }
  const instruments = await institutionInstruments(em, institutionId, input.instrumentIds);
  const user = await em.getRepository(User).save(
    em.getRepository(User).create({ email: input.email, passwordHash, displayName: input.displayName, role: "staff", locale: input.locale, institutionId, active: true }),
  );
  const member = await em.getRepository(StaffMember).save(
    em.getRepository(StaffMember).create({ userId: user.id, institutionId, workingHours: input.workingHours, active: true, instruments }),
  );
  await recordAudit(em, { actorUserId: actor.user.id, action: "staff.created", entityType: "staff_member", entityId: member.id, institutionId });
  return authorizedStaffMember(em, actor, member.id, "view");
}

/**
 * Changes a staff member. Never strands an assignment: new working hours must still cover every upcoming
 * assignment, an instrument can only be dropped, and a person deactivated, once their assignments on it are
 * handed over — otherwise 409 `assignments_affected` lists them.
 */
export async function updateStaffMember(em: EntityManager, actor: Actor, id: number, input: UpdateInput, now: number): Promise<StaffMember> {
  const onlyHours = Object.keys(input).every((key) => key === "workingHours");
  const member = await authorizedStaffMember(em, actor, id, onlyHours ? "self_service" : "manage");
  const upcoming = await activeReservationsIn(em, {
    institutionId: member.institutionId,
    staffMemberId: member.id,
    window: { start: now, end: now + YEARS_AHEAD },
  });
  const zone = member.institution.timezone;
  const stranded = upcoming.filter((r) => {
    const interval: Interval = { start: r.startsAt.getTime(), end: r.endsAt.getTime() };
    if (input.active === false) return true;
    if (input.instrumentIds && !input.instrumentIds.includes(r.instrumentId)) return true;
    return input.workingHours !== undefined && !coveredBy(input.workingHours, zone, interval);
  });
  if (stranded.length > 0) {
    throw new Conflict("Hand over these assignments first", {
      reason: "assignments_affected",
      assignments: localizedSummaries(stranded),
    });
  }
  if (input.instrumentIds) member.instruments = await institutionInstruments(em, member.institutionId, input.instrumentIds);
  if (input.workingHours) member.workingHours = input.workingHours;
  if (input.active !== undefined) member.active = input.active;
  await em.getRepository(StaffMember).save(member);
  if (input.displayName || input.active !== undefined) {
    await em.getRepository(User).update(member.userId, {
      ...(input.displayName ? { displayName: input.displayName } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    });
  }
  await recordAudit(em, {
    actorUserId: actor.user.id,
    action: input.active === false ? "staff.deactivated" : "staff.updated",
    entityType: "staff_member",
    entityId: member.id,
    institutionId: member.institutionId,
    details: { changed: Object.keys(input) },
  });
  return authorizedStaffMember(em, actor, id, "view");
}

function coveredBy(hours: WeeklyHours, zone: string, interval: Interval): boolean {
  return covers(buildDateRanges(hours, zone, interval), interval);
}
