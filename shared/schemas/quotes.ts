import { z } from "zod";
import { text } from "./text";
import { CUSTOMER_TYPES } from "../enums";
import { LIMITS } from "../limits";
import { IdSchema } from "./common";
import { TAX_CATEGORIES } from "../rules/consumption-tax";
import { QUOTE_USAGE_MODES } from "../rules/quotes";

/**
 * `issued`: open for the company's answer until its validity ends (`expired`); `accepted`, `declined`;
 * `superseded`: a newer version replaced it.
 */
export const QUOTE_STATUSES = ["issued", "accepted", "declined", "superseded", "expired"] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const QUOTE_LIMITS = { items: 20, consumables: 20, maxHours: 500, notesMaxLength: 2000 } as const;

/** Quarter hours, so every billing unit that divides an hour prices it exactly. */
const Hours = z.number().min(0.25).max(QUOTE_LIMITS.maxHours).refine((h) => Number.isInteger(h * 4), { message: "Use quarter hours (0.25, 0.5, …)" });
const Yen = z.number().int().min(0).max(100_000_000);
const Quantity = z.number().min(0.001).max(100_000).refine((q) => Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, { message: "At most three decimals" });

export const QuoteItemSchema = z.object({ instrumentId: IdSchema, usageMode: z.enum(QUOTE_USAGE_MODES), hours: Hours });

export const QuoteConsumableSchema = z.object({
  description: text().trim().min(1).max(300),
  quantity: Quantity,
  unit: text().trim().min(1).max(20),
  unitPrice: Yen,
});

export const CreateQuoteRequestSchema = z.object({
  items: z.array(QuoteItemSchema).min(1).max(QUOTE_LIMITS.items)
    .refine((items) => new Set(items.map((i) => `${i.instrumentId}:${i.usageMode}`)).size === items.length, {
      message: "Each instrument and usage mode once (add the hours together)",
    }),
  staffHours: Hours.optional(),
  consumables: z.array(QuoteConsumableSchema).max(QUOTE_LIMITS.consumables).optional(),
  /** The last local day (the institution's zone) the company may accept the quote. */
  validUntil: z.iso.date(),
  notes: text().trim().max(QUOTE_LIMITS.notesMaxLength).optional(),
});
export type CreateQuoteRequest = z.input<typeof CreateQuoteRequestSchema>;

export const DeclineQuoteRequestSchema = z.object({ reason: text().trim().min(1).max(LIMITS.reasonMaxLength) });

export const QuoteParamsSchema = z.object({ id: IdSchema, quoteId: IdSchema });

export const QuoteLineSchema = z.object({
  kind: z.enum(["instrument_time", "staff_time", "consumable"]),
  instrument: z.object({ id: z.number().int(), name: text(), nameJa: text(), nameEn: text() }).nullable(),
  usageMode: z.enum(QUOTE_USAGE_MODES).nullable(),
  /** Quoted hours of instrument or staff time (null for consumables). */
  hours: z.number().nullable(),
  description: text(),
  quantity: z.number(),
  unit: text(),
  unitPrice: z.number().int(),
  amount: z.number().int(),
  taxCategory: z.enum(TAX_CATEGORIES),
});
export type QuoteLineView = z.infer<typeof QuoteLineSchema>;

export const QuoteTaxSchema = z.object({ category: z.enum(TAX_CATEGORIES), rate: z.number().int(), taxableAmount: z.number().int(), tax: z.number().int() });

/** A quoted session the company can book: hours quoted, booked so far (active and recorded bookings), left. */
export const QuoteSessionSchema = z.object({
  instrumentId: z.number().int(),
  usageMode: z.enum(QUOTE_USAGE_MODES),
  quotedHours: z.number(),
  bookedHours: z.number(),
  remainingHours: z.number(),
});

export const QuoteSchema = z.object({
  id: z.number().int(),
  consultationId: z.number().int(),
  institution: z.object({ id: z.number().int(), name: text(), nameJa: text(), nameEn: text(), timezone: text() }),
  companyId: z.number().int(),
  version: z.number().int(),
  status: z.enum(QUOTE_STATUSES),
  customerType: z.enum(CUSTOMER_TYPES),
  /** Priced at a customer type nobody has verified yet (暫定). */
  provisional: z.boolean(),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
  validUntil: text(),
  notes: text(),
  lines: z.array(QuoteLineSchema),
  taxes: z.array(QuoteTaxSchema),
  sessions: z.array(QuoteSessionSchema),
  createdBy: z.object({ id: z.number().int(), name: text() }),
  createdAt: text(),
  answeredBy: z.object({ id: z.number().int(), name: text() }).nullable(),
  answeredAt: text().nullable(),
  declineReason: text().nullable(),
});
export type QuoteView = z.infer<typeof QuoteSchema>;

export const QuoteResponseSchema = z.object({ quote: QuoteSchema });
/** Every version of a consultation's quotes, newest first. */
export const QuoteListResponseSchema = z.object({ items: z.array(QuoteSchema) });
