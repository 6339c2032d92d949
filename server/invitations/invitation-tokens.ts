import { createHash, randomBytes } from "node:crypto";
import type { InvitationState } from "../../shared/enums";
import type { Invitation } from "../platform/db/entities";

/** A new link secret (256 random bits) and the SHA-256 that is all the database keeps of it. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Revoked and accepted are final; otherwise pending until the expiry (exclusive). */
export function invitationState(invitation: Invitation, now: number): InvitationState {
  if (invitation.revokedAt) return "revoked";
  if (invitation.acceptedAt) return "accepted";
  return invitation.expiresAt.getTime() <= now ? "expired" : "pending";
}

/** The link the invitee opens: the client's accept page. */
export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}
