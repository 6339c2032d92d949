import { Column, Entity } from "typeorm";
import type { CustomerType } from "../../../../shared/enums";
import { BaseRow } from "./base";

@Entity()
export class Company extends BaseRow {
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "varchar", length: 20, default: "sme" })
  customerType: CustomerType;

  @Column({ type: "varchar", length: 200, default: "" })
  contactName: string;

  @Column({ type: "varchar", length: 254, default: "" })
  contactEmail: string;

  /** The company's contact telephone, shown to facility staff with its bookings; empty if none was given. */
  @Column({ type: "varchar", length: 40, default: "" })
  contactPhone: string;

  @Column({ type: "varchar", length: 20, nullable: true })
  prefecture: string | null;
}
