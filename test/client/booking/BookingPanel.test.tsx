import { fireEvent, screen } from "@testing-library/react";
import type { Instrument, User } from "../../../shared";
import { sessionKeys } from "../../../client/src/api/query-keys";
import { BookingPanel } from "../../../client/src/features/booking/BookingPanel";
import { renderWithApp } from "../render";

const instrument = {
  id: 3,
  institution: { id: 1, name: "Tohoku Advanced Science University", nameJa: "", nameEn: "", prefecture: "Miyagi", timezone: "Asia/Tokyo" },
  usageModes: { selfUse: true, staffOperated: true, training: true },
  rules: { slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 240, leadTimeHours: 2, horizonDays: 90, requiresApproval: false },
  rates: { academic: 500, company: 4000, sme: 2000, assistancePerHour: 3000 },
} as unknown as Instrument;

const member: User = {
  id: 1, email: "sme@demo.example", displayName: "Ken Sato", role: "company_member", locale: "en",
  companyId: 1, company: { id: 1, name: "Aoba Precision", customerType: "sme", verification: "verified" }, companyRole: "admin", institutionId: null, staffMemberId: null,
};

const slot = (start: string, end: string) => ({ start, end, assistanceAvailable: true });
type Props = Parameters<typeof BookingPanel>[0];

function renderPanel(selection: Props["selection"], user: User | null = member, language: "en" | "ja" = "en", selfUseQualified = true, more: Partial<Props> = {}) {
  return renderWithApp(<BookingPanel instrument={instrument} mode="operation" problem={null} selection={selection} onClear={() => undefined} onBooked={() => undefined} {...more} />, {
    language,
    prime: (client) => {
      client.setQueryData(sessionKeys.all, user);
      client.setQueryData(["access", instrument.id, user?.id], { canBook: true, selfUseQualified, qualificationExpiresAt: null });
    },
  });
}

describe("BookingPanel", () => {
  it("shows the chosen time and mode in the institution's zone, and the price estimate", () => {
    renderPanel(slot("2027-06-09T01:00:00.000Z", "2027-06-09T03:00:00.000Z"));
    expect(screen.getByTestId("selected-range").textContent).toMatch(/Jun 9, 2027.*10:00.*12:00.*Staff operation/);
    expect(screen.getByTestId("price-total").textContent).toBe("¥10,000");
  });

  it("self-use costs no staff time", () => {
    renderPanel(slot("2027-06-09T01:00:00.000Z", "2027-06-09T03:00:00.000Z"), member, "en", true, { mode: "none" });
    expect(screen.getByTestId("price-total").textContent).toBe("¥4,000");
  });

  it("explains a calendar choice that does not count", () => {
    renderPanel(null, member, "en", true, { problem: "too_long" });
    expect(screen.getByText("Bookings last at most 4 hours.")).toBeTruthy();
  });

  it("explains a calendar choice staff cannot help with", () => {
    renderPanel(null, member, "en", true, { problem: "not_offered" });
    expect(screen.getByText(/cannot be booked for Staff operation: no staff member is free/)).toBeTruthy();
  });

  it("lists the missing fields next to the form instead of sending it", () => {
    renderPanel(null);
    fireEvent.click(screen.getByRole("button", { name: "Confirm booking" }));
    expect(screen.getByText("Choose a start time first.")).toBeTruthy();
    expect(screen.getByText("Tell us whether your samples are hazardous.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Purpose of use" }).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toBe("Please correct the highlighted fields.");
  });

  it("asks visitors to sign in, in Japanese too", () => {
    renderPanel(null, null, "ja");
    expect(screen.getByRole("link", { name: "ログインして予約" }).getAttribute("href")).toBe("/login?next=%2F");
  });
});
