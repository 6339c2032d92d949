import { Column } from "typeorm";
import type { TaxCategory } from "../../../../shared/rules/consumption-tax";
import { BaseRow } from "./base";

/** The priced part every billable line shares: a charge, an invoice line and a quote line. */
export abstract class PricedLineRow extends BaseRow {
  @Column({ type: "varchar", length: 300 })
  description: string;

  /** Thousandths of the unit (1.5 hours = 1500), so that amounts stay integers. */
  @Column({ type: "integer" })
  quantityMilli: number;

  @Column({ type: "varchar", length: 20 })
  unit: string;

  /** Yen per unit, tax excluded. */
  @Column({ type: "integer" })
  unitPrice: number;

  /** Yen, tax excluded. */
  @Column({ type: "integer" })
  amount: number;

  @Column({ type: "varchar", length: 10, default: "standard" })
  taxCategory: TaxCategory;
}
