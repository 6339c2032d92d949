import { addWindow, checkRows, copyToWeekdays, fromRows, removeWindow, toRows, updateWindow, weeklyTotalHours } from "../../../client/src/ui/weekly-hours-form";

describe("weekly hours editor state", () => {
  const base = toRows({ mon: [{ start: "13:00", end: "17:00" }, { start: "09:00", end: "12:00" }] });

  it("lists every weekday, windows in time order, and sends only working days", () => {
    expect(Object.keys(base)).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    expect(base.mon.map((w) => w.start)).toEqual(["09:00", "13:00"]);
    expect(fromRows(base)).toEqual({ mon: [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }] });
    expect(weeklyTotalHours(base)).toBe(7);
  });

  it("adds a window after the day's last one, or a usual day on an empty day", () => {
    expect(addWindow(base, "mon").mon[2]).toEqual({ start: "17:00", end: "18:00" });
    expect(addWindow(base, "sat").sat).toEqual([{ start: "09:00", end: "17:00" }]);
    const late = toRows({ fri: [{ start: "20:00", end: "23:00" }] });
    expect(addWindow(late, "fri").fri[1]).toEqual({ start: "09:00", end: "17:00" });
  });

  it("copies Monday to the other weekdays without touching the weekend", () => {
    const copied = copyToWeekdays(toRows({ mon: [{ start: "08:30", end: "17:15" }], sat: [{ start: "10:00", end: "12:00" }] }), "mon");
    expect(fromRows(copied)).toEqual({
      mon: [{ start: "08:30", end: "17:15" }], tue: [{ start: "08:30", end: "17:15" }], wed: [{ start: "08:30", end: "17:15" }],
      thu: [{ start: "08:30", end: "17:15" }], fri: [{ start: "08:30", end: "17:15" }], sat: [{ start: "10:00", end: "12:00" }],
    });
  });

  it("flags an end before the start, an overlap with the window before, and a malformed time", () => {
    let rows = updateWindow(base, "mon", 1, { start: "11:00" });
    expect(checkRows(rows)).toEqual({ "mon.1": "overlap" });
    rows = updateWindow(base, "mon", 0, { end: "08:00" });
    expect(checkRows(rows)).toEqual({ "mon.0": "order" });
    rows = updateWindow(base, "mon", 0, { start: "" });
    expect(checkRows(rows)).toEqual({ "mon.0": "format" });
    expect(checkRows(removeWindow(rows, "mon", 0))).toEqual({});
  });

  it("accepts a window that ends at midnight", () => {
    expect(checkRows(toRows({ sat: [{ start: "18:00", end: "24:00" }] }))).toEqual({});
  });
});
