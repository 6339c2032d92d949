import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderWithApp } from "../render";
import { ReservationCard } from "../../../client/src/features/reservations/ReservationCard";
import { reservationFixture, serveJson } from "../focus-fixtures";

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

describe("ReservationCard: cancelling a confirmed booking", () => {
  it("asks first, then moves focus to the result", async () => {
    const calls = serveJson((path, method) => method === "POST" && path === "/api/reservations/42/cancel"
      ? { status: 200, body: { reservation: reservationFixture({ status: "cancelled" }) } }
      : { status: 404, body: { error: { code: "not_found", message: "No route" } } });
    renderWithApp(<ul><ReservationCard reservation={reservationFixture()} zone="Asia/Tokyo" /></ul>);
    fireEvent.click(screen.getByRole("button", { name: "Cancel reservation" }));
    expect(calls.filter((c) => c.startsWith("POST"))).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Cancel this reservation?" }));

    fireEvent.click(screen.getByRole("button", { name: "Cancel reservation" }));
    const notice = await screen.findByText(/Reservation cancelled/);
    await waitFor(() => expect(document.activeElement).toBe(notice.closest("[tabindex]")));
    expect(calls).toContain("POST /api/reservations/42/cancel");
  });

  it("keeping it puts focus back on the cancel button", async () => {
    serveJson(() => ({ status: 404, body: {} }));
    renderWithApp(<ul><ReservationCard reservation={reservationFixture()} zone="Asia/Tokyo" /></ul>);
    fireEvent.click(screen.getByRole("button", { name: "Cancel reservation" }));
    fireEvent.click(screen.getByRole("button", { name: "Keep it" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel reservation" })));
  });
});
