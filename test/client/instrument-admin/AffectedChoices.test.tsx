import { fireEvent, screen } from "@testing-library/react";
import { renderWithApp } from "../render";
import { AffectedChoices, dayAfterLast } from "../../../client/src/features/instrument-admin/AffectedChoices";
import type { ReservationSummary } from "../../../shared";

const booking = (id: number, start: string, end: string): ReservationSummary => ({
  id, start, end, status: "confirmed", instrumentId: 3, instrumentName: "FE-SEM", companyId: 1, companyName: "Aoba Precision", assistanceType: "none", assignedStaffId: null,
});
// Thursday 10 June and Friday 18 June 2027, 15:00–17:00 in Tokyo.
const items = [booking(6, "2027-06-10T06:00:00Z", "2027-06-10T08:00:00Z"), booking(7, "2027-06-18T06:00:00Z", "2027-06-18T08:00:00Z")];

describe("AffectedChoices: the instrument editor's conflict is not a dead end", () => {
  it("lists each stranded booking as a link to it, and takes focus", () => {
    renderWithApp(<AffectedChoices items={items} zone="Asia/Tokyo" language="en" pending={false} onChoose={() => undefined} />);
    const links = screen.getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/reservations/6", "/reservations/7"]);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "2 bookings would no longer fit" }));
  });

  it("cancels with a notice (not without one), keeps them, or moves the change after the last booking", () => {
    const onChoose = jest.fn();
    renderWithApp(<AffectedChoices items={items} zone="Asia/Tokyo" language="ja" pending={false} onChoose={onChoose} />, { language: "ja" });
    const cancel = screen.getByRole("button", { name: "お知らせを付けて取り消し、保存" }) as HTMLButtonElement;
    expect(cancel.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("企業へのお知らせ（機関側で取り消す理由）"), { target: { value: "16時閉館になります" } });
    fireEvent.click(cancel);
    fireEvent.click(screen.getByRole("button", { name: "予約を残して保存" }));
    expect((screen.getByLabelText("または次の日から変更") as HTMLInputElement).value).toBe("2027-06-19");
    fireEvent.click(screen.getByRole("button", { name: "この日から変更して保存" }));
    expect(onChoose.mock.calls).toEqual([[{ onAffected: "cancel", notice: "16時閉館になります" }], [{ onAffected: "keep" }], [{ openingHoursFrom: "2027-06-19" }]]);
  });

  it("the day after the last booking is counted in the instrument's zone", () => {
    expect(dayAfterLast([booking(8, "2027-06-10T13:00:00Z", "2027-06-10T14:30:00Z")], "Asia/Tokyo")).toBe("2027-06-11");
    expect(dayAfterLast([booking(8, "2027-06-10T13:00:00Z", "2027-06-10T14:30:00Z")], "UTC")).toBe("2027-06-11");
    expect(dayAfterLast([booking(8, "2027-06-10T13:00:00Z", "2027-06-10T15:30:00Z")], "Asia/Tokyo")).toBe("2027-06-12");
  });
});
