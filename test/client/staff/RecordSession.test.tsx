import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderWithApp } from "../render";
import { reservationFixture, serveJson } from "../focus-fixtures";
import { ReservationDetails } from "../../../client/src/features/staff/ReservationDetails";

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

const held = reservationFixture({ start: "2027-06-18T01:00:00.000Z", end: "2027-06-18T03:00:00.000Z" });
const now = Date.parse("2027-06-18T05:00:00Z");
const completed = reservationFixture({
  ...held, status: "completed",
  session: { actualStart: "2027-06-18T01:15:00.000Z", actualEnd: "2027-06-18T03:00:00.000Z", staffMinutes: 105, note: null, recordedAt: "2027-06-18T05:00:00.000Z" },
});

describe("recording a session", () => {
  it("confirms what was saved and moves focus to it", async () => {
    const calls = serveJson((path, method) => method === "POST" && path === "/api/reservations/42/record"
      ? { status: 200, body: { reservation: completed } }
      : { status: 404, body: { error: { code: "not_found", message: "No route" } } });
    renderWithApp(<ReservationDetails reservation={held} zone="Asia/Tokyo" writable now={now} />, { language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Record session" }));
    fireEvent.click(screen.getByRole("button", { name: "Save record" }));
    const notice = await screen.findByText(/Session recorded for Aoba Precision: Completed/);
    expect(notice.textContent).toContain("105 staff minutes");
    await waitFor(() => expect(document.activeElement).toBe(notice.closest("[tabindex]")));
    expect(calls).toContain("POST /api/reservations/42/record");
  });

  it("a recorded session can be corrected, and the correction is confirmed in Japanese too", async () => {
    serveJson((path, method) => method === "POST" && path === "/api/reservations/42/record"
      ? { status: 200, body: { reservation: { ...completed, status: "no_show", session: { ...completed.session!, actualStart: null, actualEnd: null, staffMinutes: 0 } } } }
      : { status: 404, body: {} });
    renderWithApp(<ReservationDetails reservation={completed} zone="Asia/Tokyo" writable now={now} />, { language: "ja" });
    fireEvent.click(screen.getByRole("button", { name: "記録を修正" }));
    fireEvent.click(screen.getByRole("radio", { name: "無断不使用" }));
    fireEvent.click(screen.getByRole("button", { name: "記録を保存" }));
    const notice = await screen.findByText(/Aoba Precision の利用記録を修正しました：無断不使用/);
    await waitFor(() => expect(document.activeElement).toBe(notice.closest("[tabindex]")));
  });
});
