import { In, type EntityManager } from "typeorm";
import type { InvitationRole, Locale } from "../../shared/enums";
import { Company, Institution, Invitation, User } from "../platform/db/entities";
import { Conflict, Forbidden, NotFound } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { queueMail } from "../notifications";
import { invitationMail } from "./invitation-mail";
import { mayInviteTo, targetOf, type InvitationTarget } from "./invitation.policy";
import { invitationState, invitationUrl, newInvitationToken } from "./invitation-tokens";

export interface NewInvitation {
  email: string;
  role: InvitationRole;
  target: InvitationTarget;
  locale: Locale;
  /** Null for the first coordinator's invitation, made at start-up. */
  invitedBy: User | null;
  baseUrl: string;
  ttlMs: number;
  now: number;
}

/** The institution's or company's name in a language, or null for the programme; 404 when it does not exist. */
export async function organisationName(em: EntityManager, target: InvitationTarget, locale: Locale): Promise<string | null> {
  if (target.kind === "institution") {
    const institution = await em.getRepository(Institution).findOneBy({ id: target.id });
    if (!institution) throw new NotFound("Institution");
    return locale === "ja" ? institution.nameJa : institution.nameEn;
  }
  if (target.kind === "company") {
    const company = await em.getRepository(Company).findOneBy({ id: target.id });
    if (!company) throw new NotFound("Company");
    return company.name;
  }
  return null;
}

/** Refuses who may not invite to the target: 404 for a company they cannot see, 403 otherwise. */
export async function assertMayInvite(em: EntityManager, user: User, target: InvitationTarget): Promise<void> {
  if (target.kind === "company" && user.role !== "coordinator" && user.companyId !== target.id) throw new NotFound("Company");
  await organisationName(em, target, "en");
  if (!mayInviteTo(user, target)) throw new Forbidden("Only the admins of this organisation and the coordinator invite people to it");
}

/** Creates a pending invitation, audits it and queues its e-mail; returns it with the link (shown this once). */
export async function createInvitation(em: EntityManager, input: NewInvitation): Promise<{ invitation: Invitation; url: string }> {
  if (input.invitedBy) await assertMayInvite(em, input.invitedBy, input.target);
  if (await em.getRepository(User).exists({ where: { email: input.email } })) {
    throw new Conflict("This e-mail address already has an account: it cannot be invited again", { reason: "email_taken" });
  }
  const { token, tokenHash } = newInvitationToken();
  const invitation = await em.getRepository(Invitation).save(
    em.getRepository(Invitation).create({
      tokenHash,
      email: input.email,
      role: input.role,
      institutionId: input.target.kind === "institution" ? input.target.id : null,
      companyId: input.target.kind === "company" ? input.target.id : null,
      invitedByUserId: input.invitedBy?.id ?? null,
      locale: input.locale,
      expiresAt: new Date(input.now + input.ttlMs),
      acceptedAt: null,
      acceptedUserId: null,
      revokedAt: null,
    }),
  );
  const url = invitationUrl(input.baseUrl, token);
  await recordAudit(em, {
    actorUserId: input.invitedBy?.id ?? null,
    action: "invitation.created",
    entityType: "invitation",
    entityId: invitation.id,
    institutionId: invitation.institutionId,
    companyId: invitation.companyId,
    details: { email: input.email, role: input.role },
  });
  const organisation = await organisationName(em, input.target, input.locale);
  const facts = { id: invitation.id, email: input.email, role: input.role, organisation, inviter: input.invitedBy?.displayName ?? null, url, expiresAt: invitation.expiresAt };
  await queueMail(em, invitationMail(input.locale, facts), input.now);
  return { invitation, url };
}

/** A target's invitations, newest first, with who sent each. */
export async function listInvitations(em: EntityManager, user: User, target: InvitationTarget): Promise<{ invitation: Invitation; invitedBy: string | null }[]> {
  await assertMayInvite(em, user, target);
  const where = target.kind === "institution" ? { institutionId: target.id } : target.kind === "company" ? { companyId: target.id } : {};
  const rows = await em.getRepository(Invitation).find({ where, order: { id: "DESC" }, take: 200 });
  const inviterIds = [...new Set(rows.map((row) => row.invitedByUserId).filter((id): id is number => id !== null))];
  const inviters = inviterIds.length ? await em.getRepository(User).find({ where: { id: In(inviterIds) }, select: { id: true, displayName: true } }) : [];
  const names = new Map(inviters.map((inviter) => [inviter.id, inviter.displayName]));
  return rows.map((invitation) => ({ invitation, invitedBy: invitation.invitedByUserId === null ? null : (names.get(invitation.invitedByUserId) ?? null) }));
}

/** Revokes a pending invitation (its link stops working); 409 once accepted, expired or revoked. */
export async function revokeInvitation(em: EntityManager, user: User, id: number, now: number): Promise<Invitation> {
  const invitation = await em.getRepository(Invitation).findOneBy({ id });
  if (!invitation) throw new NotFound("Invitation");
  await assertMayInvite(em, user, targetOf(invitation));
  const state = invitationState(invitation, now);
  if (state !== "pending") throw new Conflict(`This invitation is already ${state}`, { reason: `invitation_${state === "accepted" ? "used" : state}` });
  invitation.revokedAt = new Date(now);
  await em.getRepository(Invitation).save(invitation);
  await recordAudit(em, {
    actorUserId: user.id,
    action: "invitation.revoked",
    entityType: "invitation",
    entityId: invitation.id,
    institutionId: invitation.institutionId,
    companyId: invitation.companyId,
    details: { email: invitation.email, role: invitation.role },
  });
  return invitation;
}
