import { Not, type EntityManager } from "typeorm";
import { Session, User } from "../platform/db/entities";
import { verifyPassword } from "./passwords";
import { Conflict, Forbidden, NotFound, RuleViolation } from "../platform/errors";
import { canOnAccount } from "./account.policy";
import { recordAudit } from "../platform/audit-trail";

/**
 * Checks the signed-in user's current password (outside any transaction: scrypt is slow on purpose). A wrong
 * one is a 422 `wrong_password`, which the login rate limit counts. Returns the hash it checked against, so the
 * write can tell whether someone else changed the password in between.
 */
export async function checkCurrentPassword(em: EntityManager, userId: number, password: string): Promise<string> {
  const { passwordHash } = await em.getRepository(User).findOneOrFail({ where: { id: userId }, select: { id: true, passwordHash: true } });
  if (!(await verifyPassword(password, passwordHash))) throw new RuleViolation("The current password is wrong", { reason: "wrong_password" });
  return passwordHash;
}

/**
 * Stores a new password hash and ends the account's sessions, all but `keepSessionId` if given: whoever held the
 * old password is signed out. Returns how many sessions ended.
 */
async function replacePassword(em: EntityManager, userId: number, newHash: string, keepSessionId?: number): Promise<number> {
  await em.getRepository(User).update(userId, { passwordHash: newHash });
  const ended = await em.getRepository(Session).delete(keepSessionId === undefined ? { userId } : { userId, id: Not(keepSessionId) });
  return ended.affected ?? 0;
}

/** Stores the new hash and ends every other session of the user; the one making the change stays signed in. */
export async function changeOwnPassword(
  em: EntityManager,
  user: User,
  change: { checkedHash: string; newHash: string; currentSessionId: number },
): Promise<{ otherSessionsEnded: number }> {
  const stored = await em.getRepository(User).findOneOrFail({ where: { id: user.id }, select: { id: true, passwordHash: true } });
  if (stored.passwordHash !== change.checkedHash) throw new Conflict("The password was changed in the meantime; try again", { reason: "stale_revision" });
  const otherSessionsEnded = await replacePassword(em, user.id, change.newHash, change.currentSessionId);
  await recordAudit(em, {
    actorUserId: user.id,
    action: "user.password_changed",
    entityType: "user",
    entityId: user.id,
    institutionId: user.institutionId,
    companyId: user.companyId,
    details: { otherSessionsEnded },
  });
  return { otherSessionsEnded };
}

/**
 * Sets a new initial password for an account the actor manages (see `account.policy.ts`) and ends all of its
 * sessions. Accounts the actor may not see are "not found"; visible but not managed ones are forbidden.
 */
export async function resetPassword(em: EntityManager, actor: User, targetId: number, newHash: string): Promise<{ userId: number; sessionsEnded: number }> {
  const target = await em.getRepository(User).findOne({ where: { id: targetId }, select: { id: true, role: true, institutionId: true, companyId: true } });
  if (!target || !canOnAccount(actor, "view", target)) throw new NotFound("User");
  if (!canOnAccount(actor, "reset_password", target)) {
    throw new Forbidden(target.id === actor.id ? "Change your own password with your current one" : "You cannot reset this person's password");
  }
  const sessionsEnded = await replacePassword(em, target.id, newHash);
  await recordAudit(em, {
    actorUserId: actor.id,
    action: "user.password_reset",
    entityType: "user",
    entityId: target.id,
    institutionId: target.institutionId,
    companyId: target.companyId,
    details: { role: target.role, sessionsEnded },
  });
  return { userId: target.id, sessionsEnded };
}
