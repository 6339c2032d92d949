import { fireEvent, screen, waitFor } from "@testing-library/react";
// First: sets up i18next, which the workspace's texts register with when imported.
import { renderWithApp } from "../render";
import { ReservationDetails } from "../../../client/src/features/staff/ReservationDetails";
import { reservationFixture, serveJson } from "../focus-fixtures";

const pending = reservationFixture({ status: "pending" });
afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

describe("ReservationDetails: focus follows the action", () => {
  it("opening the reject form focuses its reason field", () => {
    serveJson(() => ({ status: 404, body: {} }));
    renderWithApp(<ReservationDetails reservation={pending} zone="Asia/Tokyo" writable now={0} />);
    fireEvent.click(screen.getByRole("button", { name: "Reject…" }));
    expect(document.activeElement).toBe(screen.getByLabelText("Reason (the company sees this)"));
  });

  it("approving focuses the result", async () => {
    serveJson((path) => path === "/api/reservations/42/approve" ? { status: 200, body: { reservation: { ...pending, status: "confirmed" } } } : { status: 404, body: {} });
    renderWithApp(<ReservationDetails reservation={pending} zone="Asia/Tokyo" writable now={0} />);
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    const notice = await screen.findByText("Approved: the company has been told.");
    await waitFor(() => expect(document.activeElement).toBe(notice.closest("[tabindex]")));
  });
});
