import { estimatePrice } from "../../../client/src/features/booking/price";

const rates = { academic: 500, company: 4000, sme: 2000, assistancePerHour: 3000 };

describe("estimatePrice", () => {
  it("charges the customer type's hourly rate", () => {
    expect(estimatePrice(rates, "sme", "2027-06-09T01:00:00.000Z", "2027-06-09T03:00:00.000Z", "none")).toEqual({
      hours: 2,
      hourlyRate: 2000,
      assistancePerHour: 0,
      total: 4000,
    });
    expect(estimatePrice(rates, "company", "2027-06-09T01:00:00.000Z", "2027-06-09T03:00:00.000Z", "none").total).toBe(8000);
  });

  it("adds the assistance fee for staff operation, training and consultation", () => {
    for (const assistance of ["operation", "training", "consultation"] as const) {
      expect(estimatePrice(rates, "sme", "2027-06-09T01:00:00.000Z", "2027-06-09T03:00:00.000Z", assistance).total).toBe(10000);
    }
  });

  it("prorates part hours and rounds to the yen", () => {
    expect(estimatePrice({ ...rates, sme: 1001 }, "sme", "2027-06-09T01:00:00.000Z", "2027-06-09T01:15:00.000Z", "none").total).toBe(250);
    expect(estimatePrice(rates, "sme", "2027-06-09T01:00:00.000Z", "2027-06-09T02:30:00.000Z", "operation").total).toBe(7500);
  });
});
