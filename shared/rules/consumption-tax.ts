/**
 * Consumption tax under the qualified invoice rules (適格請求書, 消費税法 57条の4): the tax is computed once per
 * invoice per rate, on the sum of that rate's line amounts, and rounded once there (never per line). Amounts are
 * integer yen, tax-exclusive on the lines. Credit notes carry negative amounts: rounding applies to the magnitude,
 * so a credit note for a whole invoice mirrors it to the yen.
 */

export const TAX_CATEGORIES = ["standard", "reduced", "exempt"] as const;
export type TaxCategory = (typeof TAX_CATEGORIES)[number];

/** Percent per category: 10 % standard, 8 % reduced (軽減税率), 0 for tax-exempt lines (非課税). */
export const TAX_RATES: Record<TaxCategory, number> = { standard: 10, reduced: 8, exempt: 0 };

/** How the per-rate tax is rounded to the yen; the institution chooses, floor (切り捨て) by default. */
export const TAX_ROUNDINGS = ["floor", "round", "ceil"] as const;
export type TaxRounding = (typeof TAX_ROUNDINGS)[number];

export interface TaxableLine {
  amount: number;
  taxCategory: TaxCategory;
}

export interface RateTotal {
  category: TaxCategory;
  rate: number;
  taxableAmount: number;
  tax: number;
}

export interface InvoiceTotals {
  taxes: RateTotal[];
  subtotal: number;
  tax: number;
  total: number;
}

/** numerator / denominator for non-negative integers, rounded as asked ("round": half up), in integer arithmetic. */
export function divideRounded(numerator: number, denominator: number, rounding: TaxRounding): number {
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const remainder = magnitude - quotient * denominator;
  let result = quotient;
  if (rounding === "ceil" && remainder > 0) result += 1;
  if (rounding === "round" && remainder * 2 >= denominator) result += 1;
  return sign * result + 0;
}

/** A line's amount: quantity (in thousandths) × unit price, rounded half up to the yen. */
export function lineAmount(quantityMilli: number, unitPrice: number): number {
  return divideRounded(quantityMilli * unitPrice, 1000, "round");
}

/** Taxes per rate (in the order standard, reduced, exempt; rates without lines left out) and the invoice totals. */
export function invoiceTotals(lines: readonly TaxableLine[], rounding: TaxRounding): InvoiceTotals {
  const taxes: RateTotal[] = [];
  for (const category of TAX_CATEGORIES) {
    const ofRate = lines.filter((line) => line.taxCategory === category);
    if (ofRate.length === 0) continue;
    const taxableAmount = ofRate.reduce((sum, line) => sum + line.amount, 0);
    const rate = TAX_RATES[category];
    taxes.push({ category, rate, taxableAmount, tax: divideRounded(taxableAmount * rate, 100, rounding) });
  }
  const subtotal = taxes.reduce((sum, t) => sum + t.taxableAmount, 0);
  const tax = taxes.reduce((sum, t) => sum + t.tax, 0);
  return { taxes, subtotal, tax, total: subtotal + tax };
}

/** An invoice number: prefix, fiscal year and a six-digit sequence, e.g. TASU-2026-000123. */
export function invoiceNumber(prefix: string, fiscalYear: number, sequence: number): string {
  return `${prefix}-${fiscalYear}-${String(sequence).padStart(6, "0")}`;
}
