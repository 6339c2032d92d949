import fc from "fast-check";
import { fiscalYearOf } from "../../shared/time/fiscal-year";
import { divideRounded, invoiceNumber, invoiceTotals, lineAmount, TAX_CATEGORIES, type TaxableLine } from "../../shared/rules/consumption-tax";

describe("consumption tax, once per invoice per rate", () => {
  it("rounds the tax of each rate once, where rounding each line would differ", () => {
    // Three lines of 1,005 yen: per line floor(100.5) = 100 each (300); per invoice floor(301.5) = 301.
    const lines: TaxableLine[] = [1005, 1005, 1005].map((amount) => ({ amount, taxCategory: "standard" }));
    const totals = invoiceTotals(lines, "floor");
    expect(totals.taxes).toEqual([{ category: "standard", rate: 10, taxableAmount: 3015, tax: 301 }]);
    expect(totals).toMatchObject({ subtotal: 3015, tax: 301, total: 3316 });
    expect(lines.reduce((sum, l) => sum + Math.floor((l.amount * 10) / 100), 0)).toBe(300);
  });

  it("applies the institution's rounding mode: floor, round (half up) or ceil", () => {
    const lines: TaxableLine[] = [{ amount: 1005, taxCategory: "standard" }];
    expect(invoiceTotals(lines, "floor").tax).toBe(100);
    expect(invoiceTotals(lines, "round").tax).toBe(101);
    expect(invoiceTotals(lines, "ceil").tax).toBe(101);
    expect(invoiceTotals([{ amount: 1004, taxCategory: "standard" }], "round").tax).toBe(100);
    expect(invoiceTotals([{ amount: 1001, taxCategory: "standard" }], "ceil").tax).toBe(101);
  });

  it("keeps 10 %, 8 % and tax-exempt lines apart, each with its own total", () => {
    const totals = invoiceTotals(
      [
        { amount: 12_345, taxCategory: "standard" },
        { amount: 999, taxCategory: "reduced" },
        { amount: 1_001, taxCategory: "reduced" },
        { amount: 5_000, taxCategory: "exempt" },
      ],
      "floor",
    );
    expect(totals.taxes).toEqual([
      { category: "standard", rate: 10, taxableAmount: 12_345, tax: 1_234 },
      { category: "reduced", rate: 8, taxableAmount: 2_000, tax: 160 },
      { category: "exempt", rate: 0, taxableAmount: 5_000, tax: 0 },
    ]);
    expect(totals.total).toBe(12_345 + 2_000 + 5_000 + 1_234 + 160);
  });

  it("a credit note of negative amounts mirrors the invoice to the yen", () => {
    const lines: TaxableLine[] = [{ amount: 3015, taxCategory: "standard" }];
    const credit = invoiceTotals(lines.map((l) => ({ ...l, amount: -l.amount })), "floor");
    expect(credit).toMatchObject({ subtotal: -3015, tax: -301, total: -3316 });
  });

  it("line amounts: quantity in thousandths × unit price, half up", () => {
    expect(lineAmount(3000, 5000)).toBe(15_000);
    expect(lineAmount(1500, 333)).toBe(500); // 499.5 → 500
    expect(lineAmount(2500, 1)).toBe(3); // 2.5 → 3
    expect(divideRounded(-5, 2, "round")).toBe(-3);
  });

  it("property: total = Σ lines + Σ per-rate tax, and every amount is an integer", () => {
    const line = fc.record({ amount: fc.integer({ min: -10_000_000, max: 10_000_000 }), taxCategory: fc.constantFrom(...TAX_CATEGORIES) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom("floor" as const, "round" as const, "ceil" as const), (lines, rounding) => {
        const totals = invoiceTotals(lines, rounding);
        const sumLines = lines.reduce((sum, l) => sum + l.amount, 0);
        const sumTaxes = totals.taxes.reduce((sum, t) => sum + t.tax, 0);
        expect(totals.total).toBe(sumLines + sumTaxes);
        for (const value of [totals.subtotal, totals.tax, totals.total, ...totals.taxes.flatMap((t) => [t.taxableAmount, t.tax])]) {
          expect(Number.isInteger(value)).toBe(true);
        }
        for (const t of totals.taxes) expect(Math.abs(t.tax)).toBeLessThanOrEqual(Math.ceil((Math.abs(t.taxableAmount) * t.rate) / 100));
      }),
    );
  });
});

describe("invoice numbers", () => {
  it("count per fiscal year, April to March", () => {
    expect(fiscalYearOf("2027-03-31")).toBe(2026);
    expect(fiscalYearOf("2027-04-01")).toBe(2027);
    expect(invoiceNumber("TASU", 2026, 123)).toBe("TASU-2026-000123");
  });
});
