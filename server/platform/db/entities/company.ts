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

  @Column({ type: "varchar", length: 20, nullable: true })
  prefecture: string | null;
}
