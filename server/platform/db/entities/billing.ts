import { Column, Entity, Index } from "typeorm";
import type { ChargeKind } from "../../../../shared/rules/charges";
import type { RateTotal, TaxRounding } from "../../../../shared/rules/consumption-tax";
import type { CustomerType } from "../../../../shared/enums";
import { INSTANT_TYPE } from "../dialect";
import { BaseRow } from "./base";
import { PricedLineRow } from "./priced-line";

/** An institution's invoicing settings: issuer, registration number, payment terms, number prefix, tax rounding. */
@Entity()
export class BillingSettings extends BaseRow {
  @Index({ unique: true })
  @Column({ type: "integer" })
  institutionId: number;

  /** The issuer's legal name on invoices; empty: the institution's Japanese name. */
  @Column({ type: "varchar", length: 200, default: "" })
  issuerName: string;

  /** T + 13 digits; empty until registered. */
  @Column({ type: "varchar", length: 14, default: "" })
  registrationNumber: string;

  @Column({ type: "integer", default: 30 })
  paymentTermsDays: number;

  @Column({ type: "varchar", length: 10, default: "INV" })
  invoicePrefix: string;

  @Column({ type: "varchar", length: 10, default: "floor" })
  taxRounding: TaxRounding;

  /** Payment instructions printed on invoices (bank account, transfer fees); empty: none. */
  @Column({ type: "varchar", length: 500, default: "" })
  paymentNote: string;
}

/** How an instrument bills: booked or actual time, the billing unit, the cancellation policy and the no-show fee. */
@Entity()
export class InstrumentBillingPolicy extends BaseRow {
  @Index({ unique: true })
  @Column({ type: "integer" })
  instrumentId: number;

  @Column({ type: "boolean", default: false })
  billsBookedTime: boolean;

  @Column({ type: "integer", default: 30 })
  billingUnitMinutes: number;

  @Column({ type: "integer", default: 48 })
  freeCancellationHours: number;

  @Column({ type: "integer", default: 50 })
  lateCancellationPercent: number;

  @Column({ type: "integer", default: 100 })
  noShowPercent: number;
}

/** One billable line for a company: from a recorded session or a cancellation, or added by staff. */
@Entity()
@Index(["institutionId", "occurredAt"])
@Index(["companyId", "occurredAt"])
@Index(["reservationId"])
@Index(["invoiceId"])
export class Charge extends PricedLineRow {
  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: "integer" })
  companyId: number;

  @Column({ type: "integer", nullable: true })
  reservationId: number | null;

  @Column({ type: "integer", nullable: true })
  instrumentId: number | null;

  @Column({ type: "varchar", length: 20 })
  kind: ChargeKind;

  /** The company's customer type when the instrument was used (its rate). */
  @Column({ type: "varchar", length: 20, nullable: true })
  customerType: CustomerType | null;

  /** The date of the transaction: the session's start, the cancellation, or the day staff give. */
  @Column({ type: INSTANT_TYPE })
  occurredAt: Date;

  /** The draft or issued invoice it is on. */
  @Column({ type: "integer", nullable: true })
  invoiceId: number | null;

  @Column({ type: "integer", nullable: true })
  createdById: number | null;

  /** The quote whose prices a session booked from it was charged at. */
  @Column({ type: "integer", nullable: true })
  quoteId: number | null;
}

/** A draft or issued invoice, or an issued credit note. Issued rows are never changed again (but for paid). */
@Entity()
@Index(["institutionId", "number"], { unique: true })
@Index(["institutionId", "month"])
@Index(["companyId", "month"])
export class Invoice extends BaseRow {
  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: "integer" })
  companyId: number;

  /** invoice | credit_note */
  @Column({ type: "varchar", length: 12, default: "invoice" })
  kind: string;

  /** draft | issued */
  @Column({ type: "varchar", length: 10, default: "draft" })
  status: string;

  /** yyyy-MM, in the institution's zone. */
  @Column({ type: "varchar", length: 7 })
  month: string;

  @Column({ type: "varchar", length: 40, nullable: true })
  number: string | null;

  @Column({ type: "integer", nullable: true })
  fiscalYear: number | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  issueDate: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  dueDate: string | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  issuedAt: Date | null;

  @Column({ type: INSTANT_TYPE, nullable: true })
  paidAt: Date | null;

  /** A credit note: the invoice it corrects. */
  @Column({ type: "integer", nullable: true })
  creditOfId: number | null;

  @Column({ type: "varchar", length: 200, default: "" })
  issuerName: string;

  @Column({ type: "varchar", length: 14, default: "" })
  registrationNumber: string;

  @Column({ type: "varchar", length: 200 })
  recipientName: string;

  @Column({ type: "varchar", length: 10, default: "floor" })
  taxRounding: TaxRounding;

  @Column({ type: "integer", default: 0 })
  subtotal: number;

  @Column({ type: "integer", default: 0 })
  tax: number;

  @Column({ type: "integer", default: 0 })
  total: number;

  @Column({ type: "simple-json" })
  taxes: RateTotal[];
}

/** A line of an invoice, copied from its charge so that an issued invoice never changes. */
@Entity()
@Index(["invoiceId", "position"])
export class InvoiceLine extends PricedLineRow {
  @Column({ type: "integer" })
  invoiceId: number;

  @Column({ type: "integer", nullable: true })
  chargeId: number | null;

  @Column({ type: "integer" })
  position: number;

  /** yyyy-MM-dd in the institution's zone. */
  @Column({ type: "varchar", length: 10 })
  transactionDate: string;
}

/** The last invoice number given per institution and fiscal year; its row lock makes numbers gap-free. */
@Entity()
@Index(["institutionId", "fiscalYear"], { unique: true })
export class InvoiceCounter extends BaseRow {
  @Column({ type: "integer" })
  institutionId: number;

  @Column({ type: "integer" })
  fiscalYear: number;

  @Column({ type: "integer", default: 0 })
  lastNumber: number;
}
