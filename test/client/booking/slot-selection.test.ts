import { freeRuns, isFreeRange, selectRange } from "../../../client/src/features/booking/slot-selection";

/** Hour-long free slots on one day (UTC for readability): 9–12 free, 12–13 taken, 13–16 free. */
const at = (hour: number) => Date.UTC(2027, 5, 9, hour);
const iso = (hour: number) => new Date(at(hour)).toISOString();
const slot = (hour: number, assistanceAvailable = true) => ({ start: iso(hour), end: iso(hour + 1), assistanceAvailable });
const slots = [slot(9), slot(10), slot(11), slot(13), slot(14, false), slot(15)];
const rules = { minDurationMinutes: 60, maxDurationMinutes: 180 };

describe("selectRange", () => {
  it("selects one free slot on a click", () => {
    expect(selectRange(slots, at(10), at(11), rules)).toEqual({ ok: true, start: iso(10), end: iso(11), slots: [slot(10)], assistanceAvailable: true });
  });

  it("selects a drag across consecutive free slots", () => {
    const result = selectRange(slots, at(9), at(12), rules);
    expect(result).toMatchObject({ ok: true, start: iso(9), end: iso(12) });
  });

  it("accepts slots in any order from the server", () => {
    expect(selectRange([...slots].reverse(), at(9), at(11), rules)).toMatchObject({ ok: true, start: iso(9), end: iso(11) });
  });

  it("grows a click to the minimum duration when the next slots are free", () => {
    const result = selectRange(slots, at(9), at(10), { minDurationMinutes: 120, maxDurationMinutes: 180 });
    expect(result).toMatchObject({ ok: true, start: iso(9), end: iso(11) });
  });

  it("refuses a click too close to the end of a free run to reach the minimum", () => {
    expect(selectRange(slots, at(11), at(12), { minDurationMinutes: 120, maxDurationMinutes: 180 })).toEqual({ ok: false, problem: "too_short" });
  });

  it("refuses a drag across a taken slot", () => {
    expect(selectRange(slots, at(10), at(14), rules)).toEqual({ ok: false, problem: "not_consecutive" });
  });

  it("refuses a drag longer than the maximum", () => {
    expect(selectRange(slots, at(9), at(12), { minDurationMinutes: 60, maxDurationMinutes: 120 })).toEqual({ ok: false, problem: "too_long" });
  });

  it("refuses a start that is not free", () => {
    expect(selectRange(slots, at(12), at(13), rules)).toEqual({ ok: false, problem: "not_free" });
  });

  it("says whether staff are free for the whole selection", () => {
    expect(selectRange(slots, at(13), at(15), rules)).toMatchObject({ ok: true, assistanceAvailable: false });
    expect(selectRange(slots, at(15), at(16), rules)).toMatchObject({ ok: true, assistanceAvailable: true });
  });
});

describe("isFreeRange", () => {
  it("allows a drag that stays on consecutive free slots", () => {
    expect(isFreeRange(slots, at(9), at(12))).toBe(true);
    expect(isFreeRange(slots, at(13), at(16))).toBe(true);
  });

  it("refuses a drag over taken time or starting off the free slots", () => {
    expect(isFreeRange(slots, at(11), at(14))).toBe(false);
    expect(isFreeRange(slots, at(12), at(13))).toBe(false);
    expect(isFreeRange(slots, at(15), at(17))).toBe(false);
  });
});

describe("freeRuns", () => {
  it("merges adjacent slots into runs", () => {
    expect(freeRuns(slots)).toEqual([{ start: iso(9), end: iso(12) }, { start: iso(13), end: iso(16) }]);
  });
});
