import { checkDuration, startIntervals } from "../../../server/availability/start-times";

const H = 3_600_000;
const slot = (hour: number) => ({ start: hour * H, end: (hour + 1) * H });

describe("startIntervals", () => {
  it("lists every start with enough consecutive slots, never across a gap", () => {
    const slots = [9, 10, 11, 13, 14].map(slot);
    expect(startIntervals(slots, 2)).toEqual([{ start: 9 * H, end: 11 * H }, { start: 10 * H, end: 12 * H }, { start: 13 * H, end: 15 * H }]);
    expect(startIntervals(slots, 3)).toEqual([{ start: 9 * H, end: 12 * H }]);
    expect(startIntervals(slots, 4)).toEqual([]);
    expect(startIntervals([], 1)).toEqual([]);
  });
});

describe("checkDuration", () => {
  const rules = { slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 240 };
  it.each([
    [90, null],
    [45, "not_on_slot_grid"],
    [30, "duration_too_short"],
    [270, "duration_too_long"],
  ])("%i minutes → %s", (minutes, reason) => {
    expect(checkDuration(rules, minutes)?.reason ?? null).toBe(reason);
  });
});
