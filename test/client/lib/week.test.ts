import { shiftWeek, visibleHours, weekContaining, weekRange, weekStartOf } from "../../../client/src/lib/week";
import { formatRange, zoneDiffers, zoneLabel } from "../../../client/src/lib/format";

describe("week arithmetic in the institution's zone", () => {
  it("starts weeks on Monday in the institution's zone, not the viewer's", () => {
    // Sunday 20:00 UTC is already Monday 05:00 in Tokyo.
    expect(weekStartOf(Date.parse("2027-06-13T20:00:00Z"), "Asia/Tokyo")).toBe("2027-06-14");
    expect(weekStartOf(Date.parse("2027-06-13T20:00:00Z"), "Europe/London")).toBe("2027-06-07");
  });

  it("asks the API for the week with the zone's offset", () => {
    expect(weekRange("2027-06-07", "Asia/Tokyo")).toEqual({ from: "2027-06-07T00:00:00.000+09:00", to: "2027-06-14T00:00:00.000+09:00" });
    expect(shiftWeek("2027-06-07", -1)).toBe("2027-05-31");
  });

  it("finds the week of a date from the URL and ignores junk", () => {
    expect(weekContaining("2027-06-09")).toBe("2027-06-07");
    expect(weekContaining("2027-02-30")).toBeNull();
    expect(weekContaining("next week")).toBeNull();
  });

  it("shows the hours between the earliest opening and the latest closing", () => {
    expect(visibleHours({ mon: [{ start: "09:30", end: "12:00" }, { start: "13:00", end: "17:15" }], sat: [{ start: "08:00", end: "12:00" }] })).toEqual({
      slotMinTime: "08:00:00",
      slotMaxTime: "18:00:00",
    });
    expect(visibleHours({ mon: [{ start: "08:00", end: "24:00" }] }).slotMaxTime).toBe("24:00:00");
  });
});

describe("formatting", () => {
  it("formats a range in the institution's zone and the language", () => {
    expect(formatRange("2027-06-09T01:00:00.000Z", "2027-06-09T03:00:00.000Z", "Asia/Tokyo", "ja")).toBe("2027年6月9日(水) 10:00 – 12:00");
    expect(formatRange("2027-06-09T01:00:00.000Z", "2027-06-09T03:00:00.000Z", "Asia/Tokyo", "en")).toMatch(/^Wed, Jun 9, 2027 10:00\sAM – 12:00\sPM$/);
  });

  it("tells whether the viewer's clock differs from the institution's", () => {
    expect(zoneDiffers("Asia/Tokyo", "Asia/Seoul")).toBe(false);
    expect(zoneDiffers("Asia/Tokyo", "Europe/London")).toBe(true);
    expect(zoneLabel("Asia/Kolkata", Date.parse("2027-06-09T00:00:00Z"))).toBe("Asia/Kolkata (UTC+5:30)");
  });
});
