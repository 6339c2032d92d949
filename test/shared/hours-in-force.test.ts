import { hoursInForce } from "../../shared/time/hours-in-force";
import type { WeeklyHours } from "../../shared/time/weekly-hours";

const ZONE = "Asia/Tokyo";
const LONG: WeeklyHours = { mon: [{ start: "09:00", end: "19:00" }], tue: [{ start: "09:00", end: "19:00" }] };
const SHORT: WeeklyHours = { mon: [{ start: "09:00", end: "17:00" }], tue: [{ start: "09:00", end: "17:00" }] };
const iso = (local: string) => new Date(`${local}+09:00`).getTime();
const show = (ranges: { start: number; end: number }[]) => ranges.map((r) => [new Date(r.start + 9 * 3_600_000).toISOString().slice(0, 16), new Date(r.end + 9 * 3_600_000).toISOString().slice(11, 16)]);

describe("hoursInForce", () => {
  // Monday 2027-06-14 and Tuesday 2027-06-15; the short hours take over on the Tuesday.
  const window = { start: iso("2027-06-14T00:00"), end: iso("2027-06-16T00:00") };

  test("the old hours before the change's first day, the new ones from it", () => {
    expect(show(hoursInForce(LONG, { hours: SHORT, from: "2027-06-15" }, ZONE, window))).toEqual([
      ["2027-06-14T09:00", "19:00"],
      ["2027-06-15T09:00", "17:00"],
    ]);
  });

  test("no change, or a change before or after the window", () => {
    expect(show(hoursInForce(LONG, null, ZONE, window))).toEqual([["2027-06-14T09:00", "19:00"], ["2027-06-15T09:00", "19:00"]]);
    expect(show(hoursInForce(LONG, { hours: SHORT, from: "2027-06-01" }, ZONE, window))).toEqual([["2027-06-14T09:00", "17:00"], ["2027-06-15T09:00", "17:00"]]);
    expect(show(hoursInForce(LONG, { hours: SHORT, from: "2027-07-01" }, ZONE, window))).toEqual([["2027-06-14T09:00", "19:00"], ["2027-06-15T09:00", "19:00"]]);
  });

  test("closed days stay closed on both sides", () => {
    expect(show(hoursInForce(LONG, { hours: SHORT, from: "2027-06-15" }, ZONE, window, (d) => d === "2027-06-14"))).toEqual([["2027-06-15T09:00", "17:00"]]);
  });

  test("the change starts at local midnight in the instrument's zone, across a DST change", () => {
    const ny = { start: new Date("2027-03-13T05:00:00Z").getTime(), end: new Date("2027-03-16T04:00:00Z").getTime() };
    const weekend: WeeklyHours = { sat: [{ start: "10:00", end: "12:00" }], sun: [{ start: "10:00", end: "12:00" }], mon: [{ start: "10:00", end: "12:00" }] };
    const later: WeeklyHours = { sun: [{ start: "14:00", end: "15:00" }], mon: [{ start: "14:00", end: "15:00" }] };
    const ranges = hoursInForce(weekend, { hours: later, from: "2027-03-14" }, "America/New_York", ny).map((r) => new Date(r.start).toISOString());
    expect(ranges).toEqual(["2027-03-13T15:00:00.000Z", "2027-03-14T18:00:00.000Z", "2027-03-15T18:00:00.000Z"]);
  });
});
