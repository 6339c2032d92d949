import { durationOptions, offeredStarts, startsByDay } from "../../../client/src/features/booking/booking-choice";

describe("durationOptions", () => {
  it("whole slots from the minimum to the maximum", () => {
    expect(durationOptions({ slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 180 })).toEqual([60, 90, 120, 150, 180]);
  });
  it("coarser steps when there would be more than 24, keeping a length chosen on the calendar", () => {
    const options = durationOptions({ slotMinutes: 15, minDurationMinutes: 15, maxDurationMinutes: 7 * 24 * 60 }, 45);
    expect(options.length).toBeLessThanOrEqual(25);
    expect(options).toContain(45);
    expect(options.slice(0, 4)).toEqual([15, 45, 480, 960]);
    expect(options[options.length - 1]).toBe(7 * 24 * 60);
  });
});

describe("offeredStarts and startsByDay", () => {
  const starts = [
    { start: "2030-06-26T23:00:00.000Z", end: "2030-06-27T01:00:00.000Z", assistanceAvailable: false },
    { start: "2030-06-27T01:00:00.000Z", end: "2030-06-27T03:00:00.000Z", assistanceAvailable: true },
    { start: "2030-06-27T16:00:00.000Z", end: "2030-06-27T18:00:00.000Z", assistanceAvailable: true },
  ];
  it("modes with staff get only the starts staff can help with; self-use gets all", () => {
    expect(offeredStarts(starts, "training").map((s) => s.start)).toEqual([starts[1].start, starts[2].start]);
    expect(offeredStarts(starts, "none")).toHaveLength(3);
  });
  it("groups by the local day in the institution's zone", () => {
    expect(startsByDay(starts, "Asia/Tokyo").map((d) => [d.day, d.starts.length])).toEqual([["2030-06-27", 2], ["2030-06-28", 1]]);
  });
});
