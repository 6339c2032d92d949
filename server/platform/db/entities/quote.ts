import { Column, Entity, Index } from "typeorm";
import type { CustomerType } from "../../../../shared/enums";
import type { RateTotal, TaxRounding } from "../../../../shared/rules/consumption-tax";
import type { QuoteLineKind, QuoteUsageMode } from "../../../../shared/rules/quotes";
import type { QuoteStatus } from "../../../../shared/schemas/quotes";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";
import { PricedLineRow } from "./priced-line";

/**
 * A priced plan staff propose on a consultation. Versioned per consultation: a new quote supersedes the open one,
 * both kept. An issued quote is never changed but for its status and the company's answer.
 */
@Entity()
@Index(["consultationId", "version"], { unique: true })
@Index(["companyId", "status"])
export class Quote extends BaseRow {
  @Column({ type: "integer" })
  consultationId: number;

  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: "integer" })
  companyId: number;

  @Column({ type: "integer" })
  version: number;

  @Column({ type: "varchar", length: 12, default: "issued" })
  status: QuoteStatus;

  /** The customer type the quote is priced at, and whether it was unverified then (the quote is provisional). */
  @Column({ type: "varchar", length: 20 })
  customerType: CustomerType;

  @Column({ type: "boolean", default: false })
  provisional: boolean;

  /** The last local day (yyyy-MM-dd, the institution's zone) the quote may be accepted. */
  @Column({ type: "varchar", length: 10 })
  validUntil: string;

  @Column({ type: "varchar", length: 2000, default: "" })
  notes: string;

  @Column({ type: "varchar", length: 10, default: "floor" })
  taxRounding: TaxRounding;

  @Column({ type: "integer" })
  subtotal: number;

  @Column({ type: "integer" })
  tax: number;

  @Column({ type: "integer" })
  total: number;

  @Column({ type: "simple-json" })
  taxes: RateTotal[];

  @Column({ type: "integer" })
  createdById: number;

  /** Who accepted or declined it, and when. */
  @Column({ type: "integer", nullable: true })
  answeredById: number | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  answeredAt: Date | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  declineReason: string | null;
}

/** A priced line of a quote: a session's instrument or staff time, staff hours beyond the sessions, a consumable. */
@Entity()
@Index(["quoteId", "position"])
export class QuoteLine extends PricedLineRow {
  @Column({ type: "integer" })
  quoteId: number;

  @Column({ type: "integer" })
  position: number;

  @Column({ type: "varchar", length: 20 })
  kind: QuoteLineKind;

  @Column({ type: "integer", nullable: true })
  instrumentId: number | null;

  @Column({ type: "varchar", length: 12, nullable: true })
  usageMode: QuoteUsageMode | null;

  /** Quoted minutes of time (null for consumables): what bookings from the quote may use. */
  @Column({ type: "integer", nullable: true })
  minutes: number | null;

  @Column({ type: "integer", nullable: true })
  hourlyRate: number | null;

}
