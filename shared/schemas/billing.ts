import { z } from "zod";
import { text } from "./text";
import { CUSTOMER_TYPES } from "../enums";
import { IdSchema, PaginationQuerySchema } from "./common";
import { CHARGE_KINDS } from "../rules/charges";
import { TAX_CATEGORIES, TAX_ROUNDINGS } from "../rules/consumption-tax";
import { isRegistrationNumber } from "../rules/corporate-number";

/** A calendar month "yyyy-MM" (in the institution's time zone where it selects instants). */
export const MonthSchema = text().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use yyyy-MM");
const LocalDate = z.iso.date();
const Yen = z.number().int().min(0).max(100_000_000);
/** Up to three decimals (stored in thousandths), e.g. 2.5 L. */
const Quantity = z.number().min(0.001).max(100_000).refine((q) => Number.isInteger(Math.round(q * 1000)) && Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, {
  message: "At most three decimals",
});
const Reason = text().trim().min(1).max(1000);

export const INVOICE_STATUSES = ["draft", "issued"] as const;
export const INVOICE_KINDS = ["invoice", "credit_note"] as const;

export const BillingPolicySchema = z.object({
  billsBookedTime: z.boolean(),
  billingUnitMinutes: z.number().int().min(1).max(1440),
  freeCancellationHours: z.number().int().min(0).max(24 * 90),
  lateCancellationPercent: z.number().int().min(0).max(100),
  noShowPercent: z.number().int().min(0).max(100),
});

export const BillingSettingsSchema = z.object({
  issuerName: text().trim().max(200),
  registrationNumber: text().trim().refine((v) => v === "" || isRegistrationNumber(v), { message: "T and 13 digits with a valid check digit" }),
  paymentTermsDays: z.number().int().min(0).max(365),
  invoicePrefix: text().trim().regex(/^[A-Z0-9]{1,10}$/, "1–10 capital letters or digits"),
  taxRounding: z.enum(TAX_ROUNDINGS),
  /** Printed on invoices under お支払について: the bank account, who pays transfer fees. */
  paymentNote: text().trim().max(500).default(""),
});

export const ChargeListQuerySchema = PaginationQuerySchema.extend({
  institutionId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  month: MonthSchema.optional(),
});

/** A consumable or an ad hoc line added by staff; its date is a local date in the institution's zone. */
export const CreateChargeRequestSchema = z.object({
  institutionId: IdSchema,
  companyId: IdSchema,
  reservationId: IdSchema.optional(),
  kind: z.enum(["consumable", "adhoc"]),
  description: text().trim().min(1).max(300),
  quantity: Quantity,
  unit: text().trim().min(1).max(20),
  unitPrice: Yen,
  taxCategory: z.enum(TAX_CATEGORIES).default("standard"),
  date: LocalDate,
});

export const CorrectChargeRequestSchema = z.object({
  description: text().trim().min(1).max(300).optional(),
  quantity: Quantity.optional(),
  unitPrice: Yen.optional(),
  taxCategory: z.enum(TAX_CATEGORIES).optional(),
  reason: Reason,
});

export const ChargeSchema = z.object({
  id: z.number(),
  institutionId: z.number(),
  /** The institution's IANA zone: the date of the charge is read in it. */
  timeZone: z.string(),
  companyId: z.number(),
  companyName: z.string(),
  reservationId: z.number().nullable(),
  instrumentId: z.number().nullable(),
  kind: z.enum(CHARGE_KINDS),
  description: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPrice: z.number().int(),
  amount: z.number().int(),
  taxCategory: z.enum(TAX_CATEGORIES),
  taxRate: z.number().int(),
  customerType: z.enum(CUSTOMER_TYPES).nullable(),
  occurredAt: z.string(),
  invoiceId: z.number().nullable(),
  invoiced: z.boolean(),
  /** The quote whose unit prices a session booked from it was charged at. */
  quoteId: z.number().nullable(),
});

export const InvoiceRunRequestSchema = z.object({ month: MonthSchema });

export const InvoiceListQuerySchema = PaginationQuerySchema.extend({
  institutionId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  month: MonthSchema.optional(),
  status: z.enum(INVOICE_STATUSES).optional(),
});

export const InvoiceCsvQuerySchema = z.object({ institutionId: IdSchema.optional(), month: MonthSchema });

/**
 * A credit note: without `lines`, for everything not yet credited; with them, for the chosen lines (by their
 * `position` in the invoice's `lines`), each for its whole remaining amount or the `amount` given (yen, tax excluded).
 */
export const CreditNoteRequestSchema = z.object({
  reason: Reason,
  lines: z
    .array(z.object({ position: z.number().int().min(0), amount: Yen.min(1).optional() }))
    .min(1)
    .max(1000)
    .refine((lines) => new Set(lines.map((l) => l.position)).size === lines.length, { message: "each line once" })
    .optional(),
});
export type CreditNoteRequest = z.input<typeof CreditNoteRequestSchema>;
export const PaymentRequestSchema = z.object({ paid: z.boolean() });

export const InvoiceLineSchema = z.object({
  description: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPrice: z.number().int(),
  amount: z.number().int(),
  taxRate: z.number().int(),
  taxCategory: z.enum(TAX_CATEGORIES),
  transactionDate: z.string(),
  /** On an issued invoice: how much of the line's amount credit notes have given back (0 to amount). */
  credited: z.number().int(),
});

export const InvoiceSchema = z.object({
  id: z.number(),
  institutionId: z.number(),
  kind: z.enum(INVOICE_KINDS),
  number: z.string().nullable(),
  status: z.enum(INVOICE_STATUSES),
  month: z.string(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  paid: z.boolean(),
  paidAt: z.string().nullable(),
  creditOf: z.object({ id: z.number(), number: z.string().nullable() }).nullable(),
  /** The credit note that brought the invoice's remaining balance to zero, if one did. */
  creditedBy: z.object({ id: z.number(), number: z.string().nullable() }).nullable(),
  /** Every credit note of this invoice, full or partial, oldest first. */
  creditNotes: z.array(z.object({ id: z.number(), number: z.string().nullable(), total: z.number().int() })),
  /** The total less what credit notes gave back (tax included); a credit note's own is its total. */
  remaining: z.number().int(),
  issuer: z.object({ name: z.string(), registrationNumber: z.string() }),
  recipient: z.object({ companyId: z.number(), name: z.string() }),
  taxRounding: z.enum(TAX_ROUNDINGS),
  lines: z.array(InvoiceLineSchema),
  taxes: z.array(z.object({ rate: z.number().int(), category: z.enum(TAX_CATEGORIES), taxableAmount: z.number().int(), tax: z.number().int() })),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
});
export type InvoiceView = z.infer<typeof InvoiceSchema>;
export type ChargeView = z.infer<typeof ChargeSchema>;
export type BillingPolicyView = z.infer<typeof BillingPolicySchema>;
export type BillingSettingsView = z.infer<typeof BillingSettingsSchema>;

/** `GET /api/invoices/:id/pdf?lang=`: Japanese by default, English on request. */
export const InvoicePdfQuerySchema = z.object({ lang: z.enum(["ja", "en"]).default("ja") });
