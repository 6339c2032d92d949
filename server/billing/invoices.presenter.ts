import { TAX_RATES } from "../../shared/rules/consumption-tax";
import type { ChargeView, InvoiceView } from "../../shared/schemas/billing";
import type { Charge } from "../platform/db/entities";
import type { InvoiceWithLines } from "./invoice-query";

const ref = (invoice: { id: number; number: string | null } | null) => (invoice ? { id: invoice.id, number: invoice.number } : null);

export function presentInvoice({ invoice, lines, creditOf, creditNotes, credited }: InvoiceWithLines): InvoiceView {
  const remaining = invoice.total + creditNotes.reduce((sum, note) => sum + note.total, 0);
  const creditedBy = creditNotes.length > 0 && remaining === 0 ? creditNotes[creditNotes.length - 1] : null;
  return {
    id: invoice.id,
    institutionId: invoice.institutionId,
    kind: invoice.kind as InvoiceView["kind"],
    number: invoice.number,
    status: invoice.status as InvoiceView["status"],
    month: invoice.month,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    paid: invoice.paidAt !== null,
    paidAt: invoice.paidAt?.toISOString() ?? null,
    creditOf: ref(creditOf),
    creditedBy: ref(creditedBy),
    creditNotes: creditNotes.map((note) => ({ id: note.id, number: note.number, total: note.total })),
    remaining,
    issuer: { name: invoice.issuerName, registrationNumber: invoice.registrationNumber },
    recipient: { companyId: invoice.companyId, name: invoice.recipientName },
    taxRounding: invoice.taxRounding,
    lines: lines.map((line) => ({
      description: line.description,
      quantity: line.quantityMilli / 1000,
      unit: line.unit,
      unitPrice: line.unitPrice,
      amount: line.amount,
      taxRate: TAX_RATES[line.taxCategory],
      taxCategory: line.taxCategory,
      transactionDate: line.transactionDate,
      credited: line.chargeId !== null ? (credited.get(line.chargeId) ?? 0) : 0,
    })),
    taxes: invoice.taxes.map((t) => ({ rate: t.rate, category: t.category, taxableAmount: t.taxableAmount, tax: t.tax })),
    subtotal: invoice.subtotal,
    tax: invoice.tax,
    total: invoice.total,
  };
}

export function presentCharge(charge: Charge, invoiceStatus: (invoiceId: number) => string | undefined, companyName: string, timeZone: string): ChargeView {
  return {
    id: charge.id,
    institutionId: charge.institutionId,
    timeZone,
    companyId: charge.companyId,
    companyName,
    reservationId: charge.reservationId ?? null,
    instrumentId: charge.instrumentId ?? null,
    kind: charge.kind,
    description: charge.description,
    quantity: charge.quantityMilli / 1000,
    unit: charge.unit,
    unitPrice: charge.unitPrice,
    amount: charge.amount,
    taxCategory: charge.taxCategory,
    taxRate: TAX_RATES[charge.taxCategory],
    customerType: charge.customerType,
    occurredAt: charge.occurredAt.toISOString(),
    // A charge just inserted carries no invoiceId (undefined, not null) until it is read back.
    invoiceId: charge.invoiceId ?? null,
    invoiced: charge.invoiceId != null && invoiceStatus(charge.invoiceId) === "issued",
    quoteId: charge.quoteId ?? null,
  };
}
