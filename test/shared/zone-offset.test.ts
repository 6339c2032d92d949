import { DateTime } from "luxon";
import { zoneOffsetMinutes } from "../../shared/time/zone-offset";

const luxon = (instant: number, zone: string) => DateTime.fromMillis(instant, { zone }).offset;

test.each([
  ["Europe/Berlin", "2027-03-28T01:00:00Z"],
  ["Europe/Berlin", "2027-10-31T01:00:00Z"],
  ["America/New_York", "2027-03-14T07:00:00Z"],
  ["America/New_York", "2027-11-07T06:00:00Z"],
])("%s around the transition at %s matches Luxon to the millisecond", (zone, transition) => {
  const at = Date.parse(transition);
  for (const delta of [-3_600_000, -60_000, -1, 0, 1, 59_999, 60_000, 3_600_000]) {
    expect(zoneOffsetMinutes(at + delta, zone)).toBe(luxon(at + delta, zone));
  }
  expect(zoneOffsetMinutes(at - 1, zone)).not.toBe(zoneOffsetMinutes(at, zone));
});

test("zones without transitions and with half-hour offsets", () => {
  const at = Date.parse("2027-06-09T03:17:42.123Z");
  expect(zoneOffsetMinutes(at, "Asia/Tokyo")).toBe(540);
  expect(zoneOffsetMinutes(at, "Asia/Kolkata")).toBe(330);
  expect(zoneOffsetMinutes(at, "UTC")).toBe(0);
});
