import { sessionCharges, DEFAULT_BILLING_POLICY } from "../../shared/rules/charges";
import {
  fitsQuotedTime, isQuoteExpired, priceQuote, quoteExpiresAt, quotedBookingPrice, quotedRatesOf, usageModeOf, type QuotedSession,
} from "../../shared/rules/quotes";

const rates = { academic: 3000, company: 9001, sme: 6001, assistancePerHour: 4000 };
const sem = (over: Partial<QuotedSession> = {}): QuotedSession => ({
  instrumentId: 7, usageMode: "operation", minutes: 150, rates, billingUnitMinutes: 30, description: "SEM", ...over,
});
const base = { customerType: "sme" as const, staffHours: 0, staffRate: 0, consumables: [], rounding: "floor" as const };

describe("pricing a quote", () => {
  it("prices a session by the customer type's rate and the assistance rate, in billing units", () => {
    const quote = priceQuote({ ...base, sessions: [sem()] });
    expect(quote.lines.map((l) => [l.kind, l.quantityMilli, l.unit, l.unitPrice, l.amount, l.minutes, l.hourlyRate])).toEqual([
      ["instrument_time", 5000, "30min", 3001, 15_005, 150, 6001],
      ["staff_time", 5000, "30min", 2000, 10_000, 150, 4000],
    ]);
    expect(quote.subtotal).toBe(25_005);
    expect(quote.tax).toBe(2500); // 2,500.5 floored once for the whole rate
    expect(quote.total).toBe(27_505);
  });

  it("uses the large-company rate for a company and no staff line for self-use", () => {
    const quote = priceQuote({ ...base, customerType: "company", sessions: [sem({ usageMode: "self", minutes: 60 })] });
    expect(quote.lines).toHaveLength(1);
    expect(quote.lines[0]).toMatchObject({ kind: "instrument_time", unitPrice: 4501, amount: 9002, usageMode: "self" });
  });

  it("adds staff hours and consumables, and rounds tax once per rate with the institution's rule", () => {
    const input = {
      ...base, sessions: [sem({ usageMode: "self", minutes: 30 })], staffHours: 1.5, staffRate: 4000,
      consumables: [{ description: "Gold coating", quantity: 3, unit: "sample", unitPrice: 1_235 }],
    };
    const floor = priceQuote(input);
    expect(floor.lines.map((l) => [l.kind, l.amount])).toEqual([["instrument_time", 3001], ["staff_time", 6000], ["consumable", 3705]]);
    expect(floor.taxes).toEqual([{ category: "standard", rate: 10, taxableAmount: 12_706, tax: 1270 }]);
    expect(priceQuote({ ...input, rounding: "ceil" }).tax).toBe(1271);
    expect(priceQuote({ ...input, rounding: "round" }).tax).toBe(1271);
  });

  it("charges a session recorded as quoted exactly the quoted lines", () => {
    const quote = priceQuote({ ...base, sessions: [sem()] });
    const quoted = quotedRatesOf(quote.lines, 7, "operation")!;
    const start = Date.UTC(2027, 0, 12, 0);
    const charged = sessionCharges({ ...DEFAULT_BILLING_POLICY, billingUnitMinutes: quoted.billingUnitMinutes }, {
      outcome: "completed", booked: { start, end: start + 150 * 60_000 }, actual: null, assistanceType: "operation",
      staffMinutes: 150, hourlyRate: quoted.hourlyRate, staffRate: quoted.staffRate!,
    });
    expect(charged.map((c) => c.amount)).toEqual(quote.lines.map((l) => l.amount));
    expect(quotedBookingPrice(quoted, 150)).toBe(quote.subtotal);
  });
});

describe("the quoted time a booking may use", () => {
  const lines = priceQuote({ ...base, sessions: [sem(), sem({ instrumentId: 8, usageMode: "self", minutes: 60 })] }).lines;

  it("finds the quoted rates of an instrument in a mode, and nothing for another mode", () => {
    expect(quotedRatesOf(lines, 7, "operation")).toEqual({ minutes: 150, billingUnitMinutes: 30, hourlyRate: 6001, staffRate: 4000 });
    expect(quotedRatesOf(lines, 8, "self")).toEqual({ minutes: 60, billingUnitMinutes: 30, hourlyRate: 6001, staffRate: null });
    expect(quotedRatesOf(lines, 7, "training")).toBeNull();
    expect(quotedRatesOf(lines, 9, "self")).toBeNull();
  });

  it("refuses more minutes than quoted", () => {
    const quoted = quotedRatesOf(lines, 7, "operation")!;
    expect(fitsQuotedTime(quoted, 90, 60)).toBe(true);
    expect(fitsQuotedTime(quoted, 90, 90)).toBe(false);
  });

  it("maps booking assistance to quoted modes", () => {
    expect(usageModeOf("none")).toBe("self");
    expect(usageModeOf("training")).toBe("training");
    expect(usageModeOf("consultation")).toBeNull();
  });
});

describe("validity", () => {
  it("is valid through the whole validUntil day in the institution's zone", () => {
    expect(new Date(quoteExpiresAt("2027-01-31", "Asia/Tokyo")).toISOString()).toBe("2027-01-31T15:00:00.000Z");
    expect(isQuoteExpired("2027-01-31", "Asia/Tokyo", Date.parse("2027-01-31T14:59:59Z"))).toBe(false);
    expect(isQuoteExpired("2027-01-31", "Asia/Tokyo", Date.parse("2027-01-31T15:00:00Z"))).toBe(true);
  });
});
