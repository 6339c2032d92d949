import type { CreateQuoteRequest } from "../../../../shared/schemas/quotes";
import type { QuoteUsageMode } from "../../../../shared/rules/quotes";

export interface ItemValues { instrumentId: string; usageMode: QuoteUsageMode; hours: string }
export interface ConsumableValues { description: string; quantity: string; unit: string; unitPrice: string }
export interface QuoteValues { items: ItemValues[]; staffHours: string; consumables: ConsumableValues[]; validUntil: string; notes: string }

export const EMPTY_ITEM: ItemValues = { instrumentId: "", usageMode: "operation", hours: "2" };
export const EMPTY_CONSUMABLE: ConsumableValues = { description: "", quantity: "1", unit: "", unitPrice: "0" };

/** The request the form's values make (the server validates it; its 400 is shown). */
export function quoteRequest(values: QuoteValues): CreateQuoteRequest {
  return {
    items: values.items.map((i) => ({ instrumentId: Number(i.instrumentId), usageMode: i.usageMode, hours: Number(i.hours) })),
    staffHours: values.staffHours.trim() ? Number(values.staffHours) : undefined,
    consumables: values.consumables.map((c) => ({ description: c.description, quantity: Number(c.quantity), unit: c.unit, unitPrice: Number(c.unitPrice) })),
    validUntil: values.validUntil,
    notes: values.notes.trim() || undefined,
  };
}
