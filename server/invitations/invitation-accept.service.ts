import type { EntityManager } from "typeorm";
import type { z } from "zod";
import type { AcceptInvitationRequestSchema, InvitationPreview } from "../../shared/schemas/invitations";
import type { InvitationState } from "../../shared/enums";
import { Company, Institution, Invitation, StaffMember, User } from "../platform/db/entities";
import { Conflict, NotFound } from "../platform/errors";
import { recordAudit } from "../platform/audit-trail";
import { hashInvitationToken, invitationState } from "./invitation-tokens";

type AcceptInput = z.output<typeof AcceptInvitationRequestSchema>;

/** Staff start with weekdays 09:00–17:00; their admin or they themselves change it afterwards. */
const DEFAULT_WORKING_HOURS = Object.fromEntries((["mon", "tue", "wed", "thu", "fri"] as const).map((day) => [day, [{ start: "09:00", end: "17:00" }]]));

const REFUSALS: Record<Exclude<InvitationState, "pending">, { message: string; reason: string }> = {
  accepted: { message: "This invitation has already been used", reason: "invitation_used" },
  expired: { message: "This invitation has expired: ask for a new one", reason: "invitation_expired" },
  revoked: { message: "This invitation was withdrawn: ask for a new one", reason: "invitation_revoked" },
};

async function byToken(em: EntityManager, token: string): Promise<Invitation> {
  const invitation = await em.getRepository(Invitation).findOneBy({ tokenHash: hashInvitationToken(token) });
  if (!invitation) throw new NotFound("Invitation");
  return invitation;
}

/** What a link invites to and whether it can still be used (the link itself is the credential). */
export async function previewInvitation(em: EntityManager, token: string, now: number): Promise<InvitationPreview> {
  const invitation = await byToken(em, token);
  const [institution, company, inviter] = await Promise.all([
    invitation.institutionId === null ? null : em.getRepository(Institution).findOneBy({ id: invitation.institutionId }),
    invitation.companyId === null ? null : em.getRepository(Company).findOneBy({ id: invitation.companyId }),
    invitation.invitedByUserId === null ? null : em.getRepository(User).findOneBy({ id: invitation.invitedByUserId }),
  ]);
  return {
    email: invitation.email,
    role: invitation.role,
    state: invitationState(invitation, now),
    expiresAt: invitation.expiresAt.toISOString(),
    invitedBy: inviter?.displayName ?? null,
    institution: institution && { id: institution.id, name: institution.nameEn, nameJa: institution.nameJa, nameEn: institution.nameEn },
    company: company && { id: company.id, name: company.name },
  };
}

/**
 * Accepts an invitation: marks it used with one conditional UPDATE (still pending, unexpired: two accepts at once
 * get one account and one 409, as the row lock on PostgreSQL and the write queue on SQLite let only one through),
 * then creates the account (and, for staff, the staff record). The password is hashed before the transaction.
 */
export async function acceptInvitation(em: EntityManager, token: string, input: AcceptInput, passwordHash: string, now: number): Promise<User> {
  const invitation = await byToken(em, token);
  const state = invitationState(invitation, now);
  if (state !== "pending") throw new Conflict(REFUSALS[state].message, { reason: REFUSALS[state].reason });
  if (await em.getRepository(User).exists({ where: { email: invitation.email } })) {
    throw new Conflict("This e-mail address already has an account: sign in instead", { reason: "email_taken" });
  }
  const claimed = await em
    .createQueryBuilder()
    .update(Invitation)
    .set({ acceptedAt: new Date(now) })
    .where("id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now", { id: invitation.id, now: new Date(now) })
    .execute();
  if (claimed.affected !== 1) throw new Conflict(REFUSALS.accepted.message, { reason: REFUSALS.accepted.reason });
  const user = await createAccount(em, invitation, input, passwordHash);
  await em.getRepository(Invitation).update(invitation.id, { acceptedUserId: user.id });
  await recordAudit(em, {
    actorUserId: user.id,
    action: "invitation.accepted",
    entityType: "invitation",
    entityId: invitation.id,
    institutionId: invitation.institutionId,
    companyId: invitation.companyId,
    details: { email: invitation.email, role: invitation.role },
  });
  return (await em.getRepository(User).findOne({ where: { id: user.id }, relations: { company: true } }))!;
}

async function createAccount(em: EntityManager, invitation: Invitation, input: AcceptInput, passwordHash: string): Promise<User> {
  const role = invitation.role === "company_admin" ? "company_member" : invitation.role;
  const user = await em.getRepository(User).save(
    em.getRepository(User).create({
      email: invitation.email,
      passwordHash,
      displayName: input.displayName,
      role,
      locale: input.locale,
      companyId: invitation.companyId,
      companyRole: invitation.companyId === null ? null : invitation.role === "company_admin" ? "admin" : "member",
      institutionId: invitation.institutionId,
      active: true,
    }),
  );
  if (invitation.role === "staff" && invitation.institutionId !== null) {
    const member = await em.getRepository(StaffMember).save(
      em.getRepository(StaffMember).create({ userId: user.id, institutionId: invitation.institutionId, workingHours: DEFAULT_WORKING_HOURS, active: true, instruments: [] }),
    );
    await recordAudit(em, { actorUserId: user.id, action: "staff.created", entityType: "staff_member", entityId: member.id, institutionId: invitation.institutionId });
  }
  return user;
}
