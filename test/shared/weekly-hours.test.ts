import { DateTime } from "luxon";
import { buildDateRanges, localDatesIn } from "../../shared/time/weekly-hours";
import { ceilToGrid, cutIntoSlots, isOnGrid } from "../../shared/time/slots";

const utc = (iso: string) => Date.parse(iso);
const show = (list: { start: number; end: number }[]) => list.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);
const nineToFive = { start: "09:00", end: "17:00" };
const everyDay = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [nineToFive]]));

describe("buildDateRanges", () => {
  test("expands a weekly pattern in Tokyo (UTC+9, no DST)", () => {
    const ranges = buildDateRanges({ mon: [nineToFive], wed: [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }] }, "Asia/Tokyo", {
      start: utc("2027-06-06T15:00:00Z"), // Mon 00:00 JST
      end: utc("2027-06-09T15:00:00Z"), // Thu 00:00 JST
    });
    expect(show(ranges)).toEqual([
      ["2027-06-07T00:00:00.000Z", "2027-06-07T08:00:00.000Z"],
      ["2027-06-09T00:00:00.000Z", "2027-06-09T03:00:00.000Z"],
      ["2027-06-09T04:00:00.000Z", "2027-06-09T08:00:00.000Z"],
    ]);
  });

  test("keeps 09:00 local across the spring DST change in Berlin", () => {
    const ranges = buildDateRanges(everyDay, "Europe/Berlin", { start: utc("2027-03-27T00:00:00Z"), end: utc("2027-03-29T00:00:00Z") });
    expect(show(ranges)).toEqual([
      ["2027-03-27T08:00:00.000Z", "2027-03-27T16:00:00.000Z"], // CET, UTC+1
      ["2027-03-28T07:00:00.000Z", "2027-03-28T15:00:00.000Z"], // CEST, UTC+2
    ]);
  });

  test("keeps 09:00 local across the autumn DST change in New York", () => {
    const ranges = buildDateRanges(everyDay, "America/New_York", { start: utc("2027-11-06T00:00:00Z"), end: utc("2027-11-08T00:00:00Z") });
    expect(show(ranges)).toEqual([
      ["2027-11-06T13:00:00.000Z", "2027-11-06T21:00:00.000Z"], // EDT, UTC-4
      ["2027-11-07T14:00:00.000Z", "2027-11-07T22:00:00.000Z"], // EST, UTC-5
    ]);
  });

  test("a night opening on the spring-forward date is an hour shorter in real time", () => {
    const ranges = buildDateRanges({ sun: [{ start: "00:00", end: "06:00" }] }, "Europe/Berlin", {
      start: utc("2027-03-27T12:00:00Z"),
      end: utc("2027-03-28T12:00:00Z"),
    });
    expect(show(ranges)).toEqual([["2027-03-27T23:00:00.000Z", "2027-03-28T04:00:00.000Z"]]);
    expect((ranges[0].end - ranges[0].start) / 3_600_000).toBe(5);
  });

  test("24:00 means the next midnight, and closed dates are skipped", () => {
    const ranges = buildDateRanges({ mon: [{ start: "20:00", end: "24:00" }], tue: [nineToFive] }, "Asia/Tokyo",
      { start: utc("2027-06-06T15:00:00Z"), end: utc("2027-06-08T15:00:00Z") },
      (date) => date === "2027-06-08");
    expect(show(ranges)).toEqual([["2027-06-07T11:00:00.000Z", "2027-06-07T15:00:00.000Z"]]);
  });

  test("ranges are clamped to the window", () => {
    const ranges = buildDateRanges(everyDay, "Asia/Tokyo", { start: utc("2027-06-07T02:00:00Z"), end: utc("2027-06-07T03:00:00Z") });
    expect(show(ranges)).toEqual([["2027-06-07T02:00:00.000Z", "2027-06-07T03:00:00.000Z"]]);
  });

  test("localDatesIn lists local dates touched by the window", () => {
    expect(localDatesIn({ start: utc("2027-06-06T14:00:00Z"), end: utc("2027-06-07T16:00:00Z") }, "Asia/Tokyo")).toEqual([
      "2027-06-06",
      "2027-06-07",
      "2027-06-08",
    ]);
  });
});

describe("slot grid", () => {
  test("grid is anchored at local midnight, so hours stay on the hour in UTC+5:30", () => {
    const tenAm = DateTime.fromISO("2027-06-07T10:00", { zone: "Asia/Kolkata" }).toMillis();
    expect(isOnGrid(tenAm, 60, "Asia/Kolkata")).toBe(true);
    expect(isOnGrid(tenAm, 60, "UTC")).toBe(false);
    expect(isOnGrid(tenAm + 1000, 60, "Asia/Kolkata")).toBe(false);
  });

  test.each([
    ["Europe/Berlin", "2027-03-27T20:00:00Z"], // spring forward
    ["Europe/Berlin", "2027-10-30T20:00:00Z"], // fall back
    ["America/St_Johns", "2027-03-13T20:00:00Z"], // UTC−3:30, DST
    ["Asia/Kathmandu", "2027-06-07T00:00:00Z"], // UTC+5:45
    ["Australia/Lord_Howe", "2027-04-03T08:00:00Z"], // half-hour DST change
    ["Pacific/Honolulu", "2027-06-07T00:00:00Z"],
  ])("agrees with the local wall clock in %s around %s, minute by minute", (zone, from) => {
    for (let instant = utc(from); instant < utc(from) + 30 * 3_600_000; instant += 5 * 60_000) {
      const local = DateTime.fromMillis(instant, { zone });
      for (const slot of [15, 30, 45, 60, 90, 120]) {
        expect([zone, local.toISO(), slot, isOnGrid(instant, slot, zone)]).toEqual([zone, local.toISO(), slot, (local.hour * 60 + local.minute) % slot === 0]);
      }
    }
  });

  test("ceilToGrid rounds up to the next grid point", () => {
    expect(new Date(ceilToGrid(utc("2027-06-07T00:07:30Z"), 15, "Asia/Tokyo")).toISOString()).toBe("2027-06-07T00:15:00.000Z");
    expect(new Date(ceilToGrid(utc("2027-06-07T00:15:00Z"), 15, "Asia/Tokyo")).toISOString()).toBe("2027-06-07T00:15:00.000Z");
  });

  test("cutIntoSlots cuts aligned slots and drops runs shorter than the minimum booking", () => {
    const free = [
      { start: utc("2027-06-07T00:10:00Z"), end: utc("2027-06-07T02:00:00Z") },
      { start: utc("2027-06-07T03:00:00Z"), end: utc("2027-06-07T03:30:00Z") },
    ];
    const slots = cutIntoSlots(free, 30, "Asia/Tokyo", 60);
    expect(show(slots)).toEqual([
      ["2027-06-07T00:30:00.000Z", "2027-06-07T01:00:00.000Z"],
      ["2027-06-07T01:00:00.000Z", "2027-06-07T01:30:00.000Z"],
      ["2027-06-07T01:30:00.000Z", "2027-06-07T02:00:00.000Z"],
    ]);
  });

  test("slots stay on the local grid after a DST change inside a 24-hour opening", () => {
    const free = [{ start: utc("2027-03-27T23:00:00Z"), end: utc("2027-03-28T12:00:00Z") }];
    const slots = cutIntoSlots(free, 240, "Europe/Berlin");
    for (const slot of slots) {
      expect(isOnGrid(slot.start, 240, "Europe/Berlin")).toBe(true);
      expect(isOnGrid(slot.end, 240, "Europe/Berlin")).toBe(true);
    }
    // 00:00–04:00 local lasts three hours on the night the clocks go forward.
    expect(show(slots).slice(0, 2)).toEqual([
      ["2027-03-27T23:00:00.000Z", "2027-03-28T02:00:00.000Z"],
      ["2027-03-28T02:00:00.000Z", "2027-03-28T06:00:00.000Z"],
    ]);
  });
});
