import type { EntityManager } from "typeorm";
import type { CompanyRole } from "../../shared/enums";
import { Company, Session, User } from "../platform/db/entities";
import type { Dialect } from "../platform/db/dialect";
import { Conflict, Forbidden, NotFound } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { mayManageCompany, maySeeCompany } from "./company.policy";

/** The company, if the user may manage its people: invisible companies are "not found", plain members refused. */
export async function companyManagedBy(em: EntityManager, user: User, companyId: number, lock?: Dialect): Promise<Company> {
  const query = em.getRepository(Company).createQueryBuilder("c").where("c.id = :companyId", { companyId });
  // Role changes and removals of one company queue on its row, so two admins cannot demote each other at once.
  if (lock === "postgres") query.setLock("pessimistic_write");
  const company = maySeeCompany(user, companyId) ? await query.getOne() : null;
  if (!company) throw new NotFound("Company");
  if (!mayManageCompany(user, companyId)) throw new Forbidden("Only the company's admins manage its members");
  return company;
}

/** The company's active members, admins first, then by name. */
export async function listCompanyMembers(em: EntityManager, user: User, companyId: number): Promise<User[]> {
  await companyManagedBy(em, user, companyId);
  const members = await em.getRepository(User).find({ where: { companyId, role: "company_member", active: true }, order: { displayName: "ASC", id: "ASC" } });
  return members.sort((a, b) => Number(b.companyRole === "admin") - Number(a.companyRole === "admin"));
}

async function activeMember(em: EntityManager, companyId: number, userId: number): Promise<User> {
  const member = await em.getRepository(User).findOneBy({ id: userId, companyId, role: "company_member", active: true });
  if (!member) throw new NotFound("Member");
  return member;
}

/** A company always keeps at least one active admin. */
async function assertAnotherAdmin(em: EntityManager, companyId: number, member: User): Promise<void> {
  if (member.companyRole !== "admin") return;
  const admins = await em.getRepository(User).countBy({ companyId, role: "company_member", companyRole: "admin", active: true });
  if (admins <= 1) throw new Conflict("A company needs at least one admin: make someone else admin first", { reason: "last_company_admin" });
}

export async function changeMemberRole(em: EntityManager, user: User, dialect: Dialect, target: { companyId: number; userId: number; role: CompanyRole }): Promise<User> {
  await companyManagedBy(em, user, target.companyId, dialect);
  const member = await activeMember(em, target.companyId, target.userId);
  if (member.companyRole === target.role) return member;
  if (target.role === "member") await assertAnotherAdmin(em, target.companyId, member);
  await em.getRepository(User).update(member.id, { companyRole: target.role });
  await recordAudit(em, {
    actorUserId: user.id,
    action: "company_member.role_changed",
    entityType: "user",
    entityId: member.id,
    companyId: target.companyId,
    details: { from: member.companyRole, to: target.role },
  });
  return Object.assign(member, { companyRole: target.role });
}

/** Removes a member: the account is deactivated (its bookings stay the company's) and every session of it ends. */
export async function removeMember(em: EntityManager, user: User, dialect: Dialect, target: { companyId: number; userId: number }): Promise<void> {
  await companyManagedBy(em, user, target.companyId, dialect);
  const member = await activeMember(em, target.companyId, target.userId);
  await assertAnotherAdmin(em, target.companyId, member);
  await em.getRepository(User).update(member.id, { active: false });
  await em.getRepository(Session).delete({ userId: member.id });
  await recordAudit(em, { actorUserId: user.id, action: "company_member.removed", entityType: "user", entityId: member.id, companyId: target.companyId });
}
