import { barsOf, placeBar, rangeOf } from "../../../client/src/features/institution-calendar/timeline";

describe("institution calendar timeline", () => {
  it("a week runs Monday to Monday in the institution's zone, a day midnight to midnight", () => {
    const week = rangeOf("2026-12-10", "week", "Asia/Tokyo", "en");
    expect(new Date(week.start).toISOString()).toBe("2026-12-06T15:00:00.000Z");
    expect(week.end - week.start).toBe(7 * 86_400_000);
    expect(week.ticks.map((t) => t.label)[0]).toBe("Mon 7 Dec");
    const day = rangeOf("2026-12-10", "day", "Asia/Kolkata", "ja");
    expect(new Date(day.start).toISOString()).toBe("2026-12-09T18:30:00.000Z");
    expect(day.ticks.map((t) => t.label)).toEqual(["00:00", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00"]);
  });

  it("places bars as fractions of the range, clipped, and leaves out what is outside", () => {
    const range = { start: 0, end: 1000 };
    expect(placeBar({ start: 250, end: 500 }, range)).toEqual({ left: 0.25, width: 0.25 });
    expect(placeBar({ start: -100, end: 100 }, range)).toEqual({ left: 0, width: 0.1 });
    expect(placeBar({ start: 1000, end: 1200 }, range)).toBeNull();
  });

  it("shows bookings that hold time (not cancelled or rejected), blackouts, and closure days on every row", () => {
    const reservation = (id: number, status: string) => ({ id, status, instrumentId: 3, start: "2026-12-10T01:00:00Z", end: "2026-12-10T03:00:00Z", company: { name: "Aoba" } });
    const bars = barsOf(
      [reservation(1, "confirmed"), reservation(2, "cancelled"), reservation(3, "pending"), reservation(4, "rejected")] as never,
      [{ id: 9, institutionId: 1, instrumentId: null, start: "2026-12-11T00:00:00Z", end: "2026-12-11T08:00:00Z", kind: "maintenance", reason: "" }],
      [{ id: 5, date: "2026-12-29", reason: "Year end" }],
      "Asia/Tokyo",
    );
    expect(bars.map((b) => [b.id, b.kind, b.instrumentId, b.reservationId])).toEqual([
      ["r1", "booking", 3, 1], ["r3", "pending", 3, 3], ["b9", "maintenance", null, undefined], ["c5", "closure", null, undefined],
    ]);
    expect(new Date(bars[3].start).toISOString()).toBe("2026-12-28T15:00:00.000Z");
  });
});
