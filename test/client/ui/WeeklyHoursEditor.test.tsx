import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { renderWithApp } from "../render";
import { WeeklyHoursEditor } from "../../../client/src/ui/WeeklyHoursEditor";
import { checkRows, fromRows, toRows, type WeekRows } from "../../../client/src/ui/weekly-hours-form";

let latest: WeekRows;

function Harness() {
  const [rows, setRows] = useState(toRows({ mon: [{ start: "09:00", end: "12:00" }] }));
  latest = rows;
  return <WeeklyHoursEditor label="Working hours" rows={rows} errors={checkRows(rows)} onChange={setRows} />;
}

describe("WeeklyHoursEditor", () => {
  it("adds, edits and copies windows, and explains an overlap where it happens", () => {
    renderWithApp(<Harness />);
    expect(screen.getByText("15 hours a week".replace("15", "3"))).toBeTruthy();
    fireEvent.click(screen.getAllByRole("button", { name: "+ Add hours" })[0]);
    expect(latest.mon).toEqual([{ start: "09:00", end: "12:00" }, { start: "12:00", end: "13:00" }]);

    fireEvent.change(screen.getByLabelText("Mon window 2 from"), { target: { value: "11:00" } });
    expect(screen.getByText("Overlaps the window before.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Mon window 2 from"), { target: { value: "13:00" } });
    fireEvent.change(screen.getByLabelText("Mon window 2 until"), { target: { value: "17:00" } });
    expect(screen.queryByText("Overlaps the window before.")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Copy to Mon–Fri" }));
    expect(Object.keys(fromRows(latest))).toEqual(["mon", "tue", "wed", "thu", "fri"]);
    expect(screen.getByText("35 hours a week")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Remove Fri window 1" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove Fri window 1" }));
    expect(latest.fri).toEqual([]);
    expect(screen.getAllByText("Not working")).toHaveLength(3);
  });

  it("speaks Japanese", () => {
    renderWithApp(<Harness />, { language: "ja" });
    expect(screen.getByText("週 3 時間")).toBeTruthy();
    expect(screen.getAllByText("勤務なし")).toHaveLength(6);
  });
});
