import { Column, Entity, Index } from "typeorm";
import type { InvitationRole, Locale } from "../../../../shared/enums";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";

/**
 * A single-use link that creates an account: an institution's admin or staff, a company's admin or member, or the
 * first coordinator. Only the SHA-256 of the link's token is kept. Pending until accepted, revoked or expired.
 */
@Entity()
@Index(["institutionId", "id"])
@Index(["companyId", "id"])
export class Invitation extends BaseRow {
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  /** Stored lower-cased: the account it creates signs in with it. */
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 30 })
  role: InvitationRole;

  @Column({ type: "integer", nullable: true })
  institutionId: number | null;

  @Column({ type: "integer", nullable: true })
  companyId: number | null;

  /** Null for the first coordinator's invitation, made at start-up. */
  @Column({ type: "integer", nullable: true })
  invitedByUserId: number | null;

  /** The language of the e-mail, and the account's until its owner chooses. */
  @Column({ type: "varchar", length: 5, default: "ja" })
  locale: Locale;

  @Column({ type: INSTANT_TYPE })
  expiresAt: Date;

  @Column({ type: INSTANT_TYPE, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: "integer", nullable: true })
  acceptedUserId: number | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  revokedAt: Date | null;
}
