import { billedUnits, cancellationCharge, DEFAULT_BILLING_POLICY, sessionCharges, unitPriceOf } from "../../shared/rules/charges";

const HOUR = 3_600_000;
const booked = { start: Date.UTC(2027, 5, 9, 1), end: Date.UTC(2027, 5, 9, 3) };
const policy = { ...DEFAULT_BILLING_POLICY, billingUnitMinutes: 30 };

describe("charges of a recorded session", () => {
  it("bills actual time in whole billing units, rounding up", () => {
    expect(billedUnits(40, 30)).toBe(2);
    expect(billedUnits(60, 30)).toBe(2);
    expect(unitPriceOf(8000, 30)).toBe(4000);
    expect(unitPriceOf(1001, 30)).toBe(501);
    const lines = sessionCharges(policy, {
      outcome: "completed", booked, actual: { start: booked.start, end: booked.start + 70 * 60_000 },
      assistanceType: "none", staffMinutes: 0, hourlyRate: 8000, staffRate: 3000,
    });
    expect(lines).toEqual([{ kind: "instrument_time", quantityMilli: 3000, unit: "30min", unitPrice: 4000, amount: 12_000 }]);
  });

  it("bills booked time when the instrument says so, and staff time by kind at the staff rate", () => {
    const lines = sessionCharges({ ...policy, billsBookedTime: true }, {
      outcome: "completed", booked, actual: { start: booked.start, end: booked.start + HOUR / 2 },
      assistanceType: "training", staffMinutes: 45, hourlyRate: 8000, staffRate: 3000,
    });
    expect(lines).toEqual([
      { kind: "instrument_time", quantityMilli: 4000, unit: "30min", unitPrice: 4000, amount: 16_000 },
      { kind: "staff_time", assistanceType: "training", quantityMilli: 2000, unit: "30min", unitPrice: 1500, amount: 3000 },
    ]);
  });

  it("charges the no-show fee as a percentage of the booked time", () => {
    const lines = sessionCharges({ ...policy, noShowPercent: 50 }, {
      outcome: "no_show", booked, actual: null, assistanceType: "operation", staffMinutes: 0, hourlyRate: 8000, staffRate: 3000,
    });
    expect(lines).toEqual([{ kind: "no_show", quantityMilli: 1000, unit: "item", unitPrice: 8000, amount: 8000 }]);
  });

  it("cancellation is free until N hours before, then a percentage", () => {
    expect(cancellationCharge(policy, booked, 8000, booked.start - 48 * HOUR)).toBeNull();
    expect(cancellationCharge(policy, booked, 8000, booked.start - 47 * HOUR)).toMatchObject({ kind: "cancellation", amount: 8000 });
    expect(cancellationCharge({ ...policy, lateCancellationPercent: 0 }, booked, 8000, booked.start)).toBeNull();
  });
});
