import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import type { CompanyRole, Locale, Role } from "../../../../shared/enums";
import { BaseRow } from "./base";
import { Company } from "./company";
import { Institution } from "./institution";
import { INSTANT_TYPE } from "../dialect";

@Entity("app_user")
@Index(["displayName", "id"])
export class User extends BaseRow {
  /** Stored lower-cased; unique across the system. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 300 })
  passwordHash: string;

  @Column({ type: "varchar", length: 200 })
  displayName: string;

  @Column({ type: "varchar", length: 30 })
  role: Role;

  @Column({ type: "varchar", length: 5, default: "ja" })
  locale: Locale;

  @Index()
  @Column({ type: "integer", nullable: true })
  companyId: number | null;

  @ManyToOne(() => Company, { onDelete: "RESTRICT", nullable: true })
  company: Relation<Company> | null;

  /** For company members: `admin` (invites and removes members, edits the company profile) or `member`. */
  @Column({ type: "varchar", length: 10, nullable: true })
  companyRole: CompanyRole | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  institutionId: number | null;

  @ManyToOne(() => Institution, { onDelete: "RESTRICT", nullable: true })
  institution: Relation<Institution> | null;

  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ type: INSTANT_TYPE, nullable: true })
  lastLoginAt: Date | null;
}
