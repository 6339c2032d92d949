import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import type { InstitutionKind, Prefecture } from "../../../../shared/enums";
import { BaseRow } from "./base";

@Entity()
export class Institution extends BaseRow {
  @Column({ type: "varchar", length: 200 })
  nameJa: string;

  @Column({ type: "varchar", length: 200 })
  nameEn: string;

  @Column({ type: "varchar", length: 40 })
  kind: InstitutionKind;

  @Column({ type: "varchar", length: 20 })
  prefecture: Prefecture;

  @Column({ type: "varchar", length: 400, default: "" })
  addressJa: string;

  @Column({ type: "varchar", length: 400, default: "" })
  addressEn: string;

  @Column({ type: "varchar", length: 254, default: "" })
  contactEmail: string;

  @Column({ type: "varchar", length: 40, default: "" })
  contactPhone: string;

  @Column({ type: "varchar", length: 64, default: "Asia/Tokyo" })
  timezone: string;

  @Column({ type: "boolean", default: true })
  closedOnNationalHolidays: boolean;

  /** The legal name invoices are issued under (e.g. 国立大学法人東北大学). */
  @Column({ type: "varchar", length: 200, default: "" })
  invoiceIssuerName: string;

  /** Qualified-invoice registration number: `T` + 13 digits, check digit verified on input. */
  @Column({ type: "varchar", length: 14, nullable: true })
  invoiceRegistrationNumber: string | null;
}

/** A day an institution is closed on top of the national holidays (year-end, founding day...). */
@Entity()
@Index(["institutionId", "date"], { unique: true })
export class InstitutionClosure extends BaseRow {
  @Column({ type: "integer" })
  institutionId: number;

  @ManyToOne(() => Institution, { onDelete: "CASCADE" })
  institution: Relation<Institution>;

  /** Local calendar date, yyyy-MM-dd, in the institution's zone. */
  @Column({ type: "varchar", length: 10 })
  date: string;

  @Column({ type: "varchar", length: 200, default: "" })
  reason: string;
}
