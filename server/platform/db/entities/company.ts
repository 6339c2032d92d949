import { Column, Entity } from "typeorm";
import type { CompanyVerification, CustomerType, IndustrySector, Prefecture } from "../../../../shared/enums";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";

/** Capital in yen can pass 2^31: stored as bigint, read back as a number (exact up to 2^53 yen). */
const bigintAsNumber = { to: (value: number | null) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) };

@Entity()
export class Company extends BaseRow {
  /** The registered name, usually Japanese (nameJa in the API). */
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "varchar", length: 200, default: "" })
  nameEn: string;

  /** The rates the company pays; declared at sign-up, trusted once `verification` is `verified`. */
  @Column({ type: "varchar", length: 20, default: "sme" })
  customerType: CustomerType;

  @Column({ type: "varchar", length: 20, default: "unverified" })
  verification: CompanyVerification;

  @Column({ type: INSTANT_TYPE, nullable: true })
  verifiedAt: Date | null;

  @Column({ type: "integer", nullable: true })
  verifiedById: number | null;

  /** The billing contact: who receives invoices. */
  @Column({ type: "varchar", length: 200, default: "" })
  contactName: string;

  @Column({ type: "varchar", length: 254, default: "" })
  contactEmail: string;

  /** The company's contact telephone, shown to facility staff with its bookings; empty if none was given. */
  @Column({ type: "varchar", length: 40, default: "" })
  contactPhone: string;

  @Column({ type: "varchar", length: 20, nullable: true })
  prefecture: Prefecture | null;

  @Column({ type: "varchar", length: 500, default: "" })
  address: string;

  /** 法人番号, 13 digits with its check digit; optional (sole proprietors have none). */
  @Column({ type: "varchar", length: 13, nullable: true })
  corporateNumber: string | null;

  /** The SME Basic Act's industry group; with the size it decides SME status. */
  @Column({ type: "varchar", length: 20, nullable: true })
  sector: IndustrySector | null;

  @Column({ type: "integer", nullable: true })
  employees: number | null;

  @Column({ type: "bigint", nullable: true, transformer: bigintAsNumber })
  capitalYen: number | null;
}
