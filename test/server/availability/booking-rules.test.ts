import { Instrument } from "../../../server/platform/db/entities";
import { bookableSlots, checkCalendarRules, checkTimingRules, checkUsageMode, priceYen } from "../../../server/availability/booking-rules";
import { closedDayTest, isJapaneseHoliday } from "../../../server/availability/closed-days";
import { buildSearchText } from "../../../server/catalogue/search-text";
import { normalizeSearch } from "../../../server/platform/search-terms";
import { buildDateRanges } from "../../../shared/time/weekly-hours";

const HOUR = 3_600_000;
const zone = "Asia/Tokyo";
const now = Date.parse("2027-06-07T00:00:00Z"); // Monday 09:00 JST
const jst = (local: string) => Date.parse(`${local}+09:00`);

function instrument(fields: Partial<Instrument> = {}): Instrument {
  return Object.assign(new Instrument(), {
    status: "active", slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 240, leadTimeHours: 24, horizonDays: 30,
    selfUse: true, staffOperated: true, training: false, rateAcademic: 1000, rateCompany: 8000, rateSme: 4000, rateAssistance: 3000,
    ...fields,
  });
}

describe("timing rules", () => {
  const ok = { start: jst("2027-06-09T10:00:00"), end: jst("2027-06-09T12:00:00") };
  const reason = (fields: Partial<Instrument>, interval: { start: number; end: number }) => checkTimingRules(instrument(fields), zone, interval, now)?.reason ?? null;

  test("a well-formed request passes", () => expect(reason({}, ok)).toBeNull());
  test("past", () => expect(reason({}, { start: now - HOUR, end: now + HOUR })).toBe("in_past"));
  test("lead time", () => expect(reason({}, { start: now + 2 * HOUR, end: now + 4 * HOUR })).toBe("lead_time"));
  test("horizon", () => expect(reason({ horizonDays: 1 }, ok)).toBe("horizon"));
  test("off the slot grid", () => expect(reason({}, { start: ok.start + 10 * 60_000, end: ok.end })).toBe("not_on_slot_grid"));
  test("too short", () => expect(reason({}, { start: ok.start, end: ok.start + 30 * 60_000 })).toBe("duration_too_short"));
  test("too long", () => expect(reason({ maxDurationMinutes: 60 }, ok)).toBe("duration_too_long"));
  test("instrument in maintenance", () => expect(reason({ status: "maintenance" }, ok)).toBe("instrument_unavailable"));
});

describe("rule stages", () => {
  const soon = { start: now + 2 * HOUR, end: now + 2 * HOUR + 10 * 60_000 }; // inside the lead time, off the grid, too short

  test("approval re-checks what can change since booking, not the rules of the moment it was booked", () => {
    expect(checkTimingRules(instrument(), zone, soon, now, "booking")?.reason).toBe("lead_time");
    expect(checkTimingRules(instrument(), zone, soon, now, "approval")).toBeNull();
    expect(checkTimingRules(instrument({ status: "maintenance" }), zone, soon, now, "approval")?.reason).toBe("instrument_unavailable");
    expect(checkTimingRules(instrument(), zone, soon, soon.start + 1, "approval")?.reason).toBe("in_past");
  });
});

describe("bookable slots", () => {
  const day = { start: jst("2027-06-09T00:00:00"), end: jst("2027-06-10T00:00:00") };
  const open = [{ start: jst("2027-06-09T09:00:00"), end: jst("2027-06-09T12:00:00") }];

  test("open time minus what is blocked, cut on the grid, runs shorter than the minimum dropped", () => {
    const blocked = [{ start: jst("2027-06-09T09:30:00"), end: jst("2027-06-09T10:30:00") }];
    const slots = bookableSlots(instrument(), zone, open, blocked, day, now);
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      "2027-06-09T01:30:00.000Z", "2027-06-09T02:00:00.000Z", "2027-06-09T02:30:00.000Z",
    ]);
  });

  test("nothing inside the lead time or beyond the horizon", () => {
    expect(bookableSlots(instrument({ leadTimeHours: 24 * 5 }), zone, open, [], day, now)).toEqual([]);
    expect(bookableSlots(instrument({ horizonDays: 1 }), zone, open, [], day, now)).toEqual([]);
  });
});

describe("calendar rules", () => {
  const window = { start: jst("2027-07-18T00:00:00"), end: jst("2027-07-22T00:00:00") };
  const isClosed = closedDayTest(true, ["2027-07-21"]);
  const open = buildDateRanges({ mon: [{ start: "09:00", end: "17:00" }], tue: [{ start: "09:00", end: "17:00" }], wed: [{ start: "09:00", end: "17:00" }] }, zone, window, isClosed);

  test("Marine Day 2027 (19 July) is a national holiday and the institution's own closure day is closed", () => {
    expect(isJapaneseHoliday("2027-07-19")).toBe(true);
    expect(checkCalendarRules({ start: jst("2027-07-19T10:00:00"), end: jst("2027-07-19T11:00:00") }, zone, open, [], isClosed)?.reason).toBe("closed_day");
    expect(checkCalendarRules({ start: jst("2027-07-21T10:00:00"), end: jst("2027-07-21T11:00:00") }, zone, open, [], isClosed)?.reason).toBe("closed_day");
  });

  test("outside opening hours on an open day", () => {
    expect(checkCalendarRules({ start: jst("2027-07-20T16:30:00"), end: jst("2027-07-20T17:30:00") }, zone, open, [], isClosed)?.reason).toBe("outside_opening_hours");
  });

  test("blackout", () => {
    const slot = { start: jst("2027-07-20T10:00:00"), end: jst("2027-07-20T11:00:00") };
    expect(checkCalendarRules(slot, zone, open, [{ start: jst("2027-07-20T10:30:00"), end: jst("2027-07-20T12:00:00") }], isClosed)?.reason).toBe("blackout");
    expect(checkCalendarRules(slot, zone, open, [], isClosed)).toBeNull();
  });

  test("an institution that stays open on national holidays", () => {
    expect(closedDayTest(false, [])("2027-07-19")).toBe(false);
  });
});

describe("usage modes and prices", () => {
  test("each assistance type needs its mode", () => {
    expect(checkUsageMode(instrument({ selfUse: false }), "none")?.reason).toBe("mode_not_offered");
    expect(checkUsageMode(instrument(), "training")?.reason).toBe("mode_not_offered");
    expect(checkUsageMode(instrument(), "operation")).toBeNull();
    expect(checkUsageMode(instrument({ staffOperated: false, training: true }), "consultation")).toBeNull();
  });

  test("price = hours × (customer rate + assistance fee when staff help)", () => {
    const twoHours = { start: 0, end: 2 * HOUR };
    expect(priceYen(instrument(), "sme", twoHours, "none")).toBe(8000);
    expect(priceYen(instrument(), "sme", twoHours, "operation")).toBe(14000);
    expect(priceYen(instrument(), "company", { start: 0, end: 1.5 * HOUR }, "none")).toBe(12000);
    expect(priceYen(instrument(), "academic", twoHours, "training")).toBe(8000);
  });
});

describe("search text", () => {
  test("full-width characters and case are normalised", () => {
    expect(normalizeSearch("ＳＥＭ　Crack")).toBe("sem crack");
  });
  test("covers names, category labels in both languages, model and keywords", () => {
    const text = buildSearchText({ nameJa: "電子顕微鏡", nameEn: "Electron microscope", category: "xray_diffraction", manufacturer: "Rigaku", model: "SmartLab", keywords: ["残留応力"] });
    for (const term of ["電子顕微鏡", "electron", "x線回折", "x-ray diffraction", "smartlab", "残留応力", "rigaku"]) expect(text).toContain(term);
  });
});
