import fc from "fast-check";
import { DateTime } from "luxon";
import { ceilToGrid, cutIntoSlots, durationMinutes, fixedOffsetRun, isOnGrid, uniformOffset, wallClockRun } from "../../shared/time/slots";

const MINUTE = 60_000;
const ZONES = ["Asia/Tokyo", "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham"];
const SLOTS = [5, 10, 15, 20, 30, 45, 60, 90, 120];
const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();
const localTimes = (slots: { start: number }[], zone: string) => slots.map((s) => DateTime.fromMillis(s.start, { zone }).toFormat("HH:mm"));

describe("isOnGrid", () => {
  it("counts from local midnight, so an hourly grid stays on the local hour in a half-hour zone", () => {
    expect(isOnGrid(local("2027-06-09T10:00", "Asia/Kolkata"), 60, "Asia/Kolkata")).toBe(true);
    expect(isOnGrid(local("2027-06-09T10:30", "Asia/Kolkata"), 60, "Asia/Kolkata")).toBe(false);
    expect(isOnGrid(local("2027-06-09T10:00", "Asia/Kathmandu"), 60, "Asia/Kathmandu")).toBe(true);
  });
});

describe("ceilToGrid", () => {
  it("moves to the next local grid point and never goes back", () => {
    const at = local("2027-06-09T10:07", "Asia/Tokyo");
    expect(DateTime.fromMillis(ceilToGrid(at, 30, "Asia/Tokyo"), { zone: "Asia/Tokyo" }).toFormat("HH:mm")).toBe("10:30");
    expect(ceilToGrid(local("2027-06-09T10:30", "Asia/Tokyo"), 30, "Asia/Tokyo")).toBe(local("2027-06-09T10:30", "Asia/Tokyo"));
  });

  it("skips a grid point that falls in a spring-forward gap", () => {
    const zone = "Europe/Berlin"; // 2027-03-28 02:00 → 03:00
    const next = ceilToGrid(local("2027-03-28T01:45", zone), 60, zone);
    expect(DateTime.fromMillis(next, { zone }).toFormat("HH:mm")).toBe("03:00");
  });
});

describe("cutIntoSlots", () => {
  it("keeps the local grid across a DST change inside a run: the repeated hour belongs to the 01:00 slot", () => {
    const zone = "America/New_York"; // 2027-11-07 02:00 EDT → 01:00 EST
    const run = { start: local("2027-11-07T00:00", zone), end: local("2027-11-07T04:00", zone) };
    const slots = cutIntoSlots([run], 60, zone);
    expect(localTimes(slots, zone)).toEqual(["00:00", "01:00", "02:00", "03:00"]);
    expect(slots.map(durationMinutes)).toEqual([60, 120, 60, 60]);
    expect(slots.every((s) => isOnGrid(s.start, 60, zone))).toBe(true);
    expect(durationMinutes({ start: slots[0].start, end: slots[slots.length - 1].end })).toBe(300);
  });

  it("drops free runs shorter than the minimum booking", () => {
    const zone = "Asia/Tokyo";
    const short = { start: local("2027-06-09T09:00", zone), end: local("2027-06-09T09:30", zone) };
    const long = { start: local("2027-06-09T13:00", zone), end: local("2027-06-09T14:00", zone) };
    expect(localTimes(cutIntoSlots([short, long], 30, zone, 60), zone)).toEqual(["13:00", "13:30"]);
  });

  it("starts on the grid even when the free time does not", () => {
    const zone = "Asia/Tokyo";
    const run = { start: local("2027-06-09T09:10", zone), end: local("2027-06-09T10:40", zone) };
    expect(localTimes(cutIntoSlots([run], 30, zone), zone)).toEqual(["09:30", "10:00"]);
  });
});

describe("the fixed-offset fast path", () => {
  it("agrees with the wall-clock path wherever the code takes it (same offset at both ends of a run of at most a day, not just after a change)", () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => Math.floor(t / MINUTE) * MINUTE);
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...SLOTS), instant, fc.integer({ min: 0, max: 1440 }), (zone, slot, start, minutes) => {
        const interval = { start, end: start + minutes * MINUTE };
        const offset = uniformOffset(interval, slot, zone);
        fc.pre(offset !== null);
        expect(fixedOffsetRun(interval, slot, offset!)).toEqual(wallClockRun(interval, slot, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees in the repeated hour after a fall-back, where the fast path is not taken", () => {
    const zone = "America/St_Johns"; // 2024-11-03 02:00 NDT → 01:00 NST
    const interval = { start: 1730608200000, end: 1730608200000 + 5 * MINUTE };
    expect(uniformOffset(interval, 5, zone)).toBeNull();
  });

  it("isOnGrid (memoised offsets) agrees with Luxon's wall clock", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...SLOTS), fc.integer({ min: Date.UTC(2020, 0, 1) / MINUTE, max: Date.UTC(2030, 11, 31) / MINUTE }), (zone, slot, minute) => {
        const wall = DateTime.fromMillis(minute * MINUTE, { zone });
        expect(isOnGrid(minute * MINUTE, slot, zone)).toBe((wall.hour * 60 + wall.minute) % slot === 0);
      }),
      { numRuns: 5000 },
    );
  });
});
