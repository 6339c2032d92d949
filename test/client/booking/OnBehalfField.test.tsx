import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderWithApp } from "../render"; // first: it sets up i18next before the features add their dictionaries
import type { Instrument, Reservation, User } from "../../../shared";
import { sessionKeys } from "../../../client/src/api/query-keys";
import { BookingPanel } from "../../../client/src/features/booking/BookingPanel";
import { BookerContact } from "../../../client/src/features/staff/BookerContact";
import { reservationFixture } from "../focus-fixtures";

const instrument = {
  id: 3, institutionId: 1,
  institution: { id: 1, name: "Tohoku Advanced Science University", nameJa: "", nameEn: "", prefecture: "Miyagi", timezone: "Asia/Tokyo" },
  usageModes: { selfUse: true, staffOperated: true, training: true },
  rules: { slotMinutes: 60, minDurationMinutes: 60, maxDurationMinutes: 240, leadTimeHours: 2, horizonDays: 90, requiresApproval: false },
  rates: { academic: 500, company: 4000, sme: 2000, assistancePerHour: 3000 },
} as unknown as Instrument;

const staff = (institutionId: number): User => ({
  id: 7, email: "kita@tasu.example", displayName: "Kita Haruto", role: "staff", locale: "en", companyId: null, company: null, companyRole: null, institutionId, staffMemberId: 2,
});
const MEMBER = { id: 1, name: "Ken Sato", email: "ken@aoba.example", company: { id: 1, name: "Aoba Precision", customerType: "sme", verification: "verified" } };
const UNVERIFIED = { id: 2, name: "Taro Yamada", email: "taro@bigcorp.example", company: { id: 2, name: "BigCorp KK", customerType: "company", verification: "unverified" } };
const selection = { start: "2027-06-09T01:00:00.000Z", end: "2027-06-09T03:00:00.000Z", assistanceAvailable: true };

function serve(members: object[] = [MEMBER]) {
  const sent: { path: string; query: string; body: Record<string, unknown> | null }[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    const { pathname, search } = new URL(url, "http://x");
    const body = init.body ? JSON.parse(String(init.body)) : null;
    sent.push({ path: pathname, query: search, body });
    const answer = pathname === "/api/reservations/on-behalf/members" ? { items: members }
      : init.method === "POST" && pathname === "/api/reservations" ? { reservation: reservationFixture({ enteredBy: { id: 7, name: "Kita Haruto" } }) }
      : { error: { code: "not_found", message: "No route" } };
    return { ok: !("error" in answer), status: "error" in answer ? 404 : 201, json: async () => answer };
  });
  Object.assign(globalThis, { fetch });
  return sent;
}

function renderPanel(user: User, language: "en" | "ja" = "en", onBooked: (r: Reservation) => void = () => undefined) {
  return renderWithApp(<BookingPanel instrument={instrument} mode="operation" problem={null} selection={selection} onClear={() => undefined} onBooked={onBooked} />, {
    language,
    prime: (client) => client.setQueryData(sessionKeys.all, user),
  });
}

afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

describe("Booking on behalf of a company member", () => {
  it("staff of the institution search, choose the member and book for them", async () => {
    const sent = serve();
    const onBooked = jest.fn();
    renderPanel(staff(1), "en", onBooked);
    fireEvent.change(screen.getByRole("textbox", { name: "Purpose of use" }), { target: { value: "Phone request" } });
    fireEvent.click(screen.getByLabelText("My samples are not hazardous"));
    fireEvent.click(screen.getByRole("button", { name: "Confirm booking" }));
    expect(screen.getByText("Choose the company member you are booking for.")).toBeTruthy();
    expect(sent.some((s) => s.path === "/api/reservations" && s.body)).toBe(false);

    fireEvent.change(screen.getByRole("searchbox", { name: "Search members" }), { target: { value: "aoba" } });
    await waitFor(() => expect(sent.some((s) => s.query.endsWith("&q=aoba"))).toBe(true));
    fireEvent.click(await screen.findByRole("button", { name: /Ken Sato · ken@aoba.example · Aoba Precision/ }));
    expect(screen.getByTestId("on-behalf-chosen").textContent).toMatch(/Booking for Ken Sato \(Aoba Precision\)/);
    fireEvent.click(screen.getByRole("button", { name: "Confirm booking" }));

    await waitFor(() => expect(onBooked).toHaveBeenCalled());
    const post = sent.find((s) => s.path === "/api/reservations" && s.body);
    expect(post?.body).toMatchObject({ instrumentId: 3, purpose: "Phone request", onBehalfOf: { userId: 1 } });
  });

  it("shows the estimate the chosen member's company sees: its rate, provisional while it is unverified", async () => {
    const sent = serve([MEMBER, UNVERIFIED]);
    renderPanel(staff(1));
    expect(screen.queryByTestId("price-total")).toBeNull();
    fireEvent.change(screen.getByRole("searchbox", { name: "Search members" }), { target: { value: "a" } });
    await waitFor(() => expect(sent.some((s) => s.query.endsWith("&q=a"))).toBe(true));
    fireEvent.click(await screen.findByRole("button", { name: /Ken Sato/ }));
    // Two hours operated by staff: the SME rate 2 × ¥2,000 and the staff time 2 × ¥3,000.
    expect(screen.getByTestId("price-total").textContent).toBe("¥10,000");
    expect(screen.getByText(/Estimate at Aoba Precision's SME rate/)).toBeTruthy();
    expect(screen.queryByTestId("price-provisional")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Choose someone else" }));
    fireEvent.click(await screen.findByRole("button", { name: /Taro Yamada/ }));
    expect(screen.getByTestId("price-total").textContent).toBe("¥14,000 (provisional)");
    expect(screen.getByTestId("price-provisional").textContent).toMatch(/BigCorp KK's customer type has not been verified/);
  });

  it("is labelled in Japanese", () => {
    serve();
    renderPanel(staff(1), "ja");
    expect(screen.getByRole("group", { name: "企業の代理で予約" })).toBeTruthy();
  });

  it("staff of another institution cannot book here", () => {
    serve();
    renderPanel(staff(2));
    expect(screen.queryByTestId("on-behalf")).toBeNull();
    expect(screen.queryByRole("button", { name: "Confirm booking" })).toBeNull();
  });

  it("the staff details say who entered a booking", () => {
    renderWithApp(<dl><BookerContact reservation={reservationFixture({ enteredBy: { id: 7, name: "Kita Haruto" } })} /></dl>, { language: "ja" });
    expect(screen.getByTestId("entered-by").textContent).toBe("代理入力Kita Haruto");
  });
});
