import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Instrument, User } from "../../../shared";
import { instrumentKeys, sessionKeys } from "../../../client/src/api/query-keys";
import { BookingFlow } from "../../../client/src/features/booking/BookingFlow";
import { InstrumentDetails } from "../../../client/src/features/booking/InstrumentDetails";
import { renderWithApp } from "../render";

const instrument = {
  id: 3, name: "XRD", status: "active", location: { building: "Building 2", room: "R105" },
  institution: { id: 1, name: "Tohoku Advanced Science University", nameJa: "", nameEn: "", prefecture: "Miyagi", timezone: "Asia/Tokyo" },
  openingHours: { thu: [{ start: "09:00", end: "17:00" }] },
  usageModes: { selfUse: true, staffOperated: true, training: true },
  rules: { slotMinutes: 30, minDurationMinutes: 60, maxDurationMinutes: 240, leadTimeHours: 2, horizonDays: 90, requiresApproval: false },
  rates: { academic: 500, company: 4000, sme: 2000, assistancePerHour: 3000 },
  specs: [{ label: { en: "Source", ja: "線源" }, value: "Cu Kα" }], description: "Powder XRD",
} as unknown as Instrument;

const member: User = {
  id: 1, email: "sme@demo.example", displayName: "Ken Sato", role: "company_member", locale: "en",
  companyId: 1, company: { id: 1, name: "Aoba Precision", customerType: "sme", verification: "verified" }, companyRole: "admin", institutionId: null, staffMemberId: null,
};

const jst = (time: string) => new Date(`2030-06-27T${time}:00+09:00`).toISOString();
/** Thursday 27 June 2030: staff help for two hours only from 09:00 and 13:00. */
const STARTS = ["09:00", "10:00", "13:00", "15:00"].map((time) => {
  const start = jst(time);
  return { start, end: new Date(Date.parse(start) + 2 * 3_600_000).toISOString(), assistanceAvailable: time === "09:00" || time === "13:00" };
});

const booked = (start: string, end: string) => ({
  id: 42, instrumentId: 3, instrument: { id: 3, name: "XRD", nameJa: "X線回折装置", nameEn: "XRD", institutionId: 1 }, companyId: 1, company: { id: 1, name: "Aoba Precision", customerType: "sme", verification: "verified", contactName: "Ken Sato", contactEmail: "contact@aoba.example", contactPhone: "" },
  userId: 1, booker: { id: 1, name: "Ken Sato", email: "ken@aoba.example" }, enteredBy: null, start, end, status: "confirmed", purpose: "Phase analysis", sampleDescription: "", hazardDeclaration: "none",
  assistance: { type: "operation", note: "", status: "assigned", staff: { id: 2, name: "Kita" } }, assignedStaffId: 2, priceEstimateYen: 10000, quoteId: null, priceProvisional: false, pendingReason: null, revision: 1,
  cancellationReason: null, decisionReason: null, session: null, createdAt: start, updatedAt: start,
});

function serve() {
  const asked: URLSearchParams[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    const { pathname, searchParams } = new URL(url, "http://x");
    asked.push(searchParams);
    const duration = searchParams.get("duration");
    const sent = init.body ? JSON.parse(String(init.body)) : null;
    const body = pathname.endsWith("/availability")
      ? { timezone: "Asia/Tokyo", slotMinutes: 30, slots: [], starts: duration === "120" ? STARTS : [] }
      : init.method === "POST" && pathname === "/api/reservations" ? { reservation: booked(sent.start, sent.end) }
      : { error: { code: "not_found", message: "No route" } };
    return { ok: !("error" in body), status: "error" in body ? 404 : 200, json: async () => body };
  });
  Object.assign(globalThis, { fetch, matchMedia: () => ({ matches: true, addEventListener() {}, removeEventListener() {} }) });
  return asked;
}

function renderFlow(language: "en" | "ja" = "en") {
  return renderWithApp(<BookingFlow instrument={instrument} />, {
    language,
    path: "/instruments/3?week=2030-06-24",
    prime: (client) => {
      client.setQueryData(sessionKeys.all, member);
      client.setQueryData(instrumentKeys.access(instrument.id, member.id), { canBook: true, selfUseQualified: true, qualificationExpiresAt: null });
    },
  });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "fetch");
  Reflect.deleteProperty(globalThis, "matchMedia");
});

describe("BookingFlow: choose what, then when", () => {
  it("asks mode and duration first, then offers only the start times staff can help with, named with date and time", async () => {
    const asked = serve();
    renderFlow();
    expect((screen.getByLabelText(/Staff operation/) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText("Duration"), { target: { value: "120" } });
    const times = await screen.findByRole("group", { name: /Thu, Jun 27, 2030/ });
    const buttons = within(times).getAllByRole("button");
    expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual(["Thu, Jun 27, 2030 9:00 AM – 11:00 AM", "Thu, Jun 27, 2030 1:00 PM – 3:00 PM"]);
    expect(asked.some((q) => q.get("duration") === "120")).toBe(true);

    fireEvent.click(buttons[1]);
    expect(buttons[1].getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByTestId("selected-range").textContent).toMatch(/Jun 27, 2030.*1:00 PM.*3:00 PM/);
    await waitFor(() => expect(document.activeElement?.id).toBe("selected-title"));
  });

  it("self-use needs no staff: every start time is offered", async () => {
    serve();
    renderFlow();
    fireEvent.click(screen.getByLabelText(/Self-use/));
    fireEvent.change(screen.getByLabelText("Duration"), { target: { value: "120" } });
    const times = await screen.findByRole("group", { name: /Thu, Jun 27, 2030/ });
    expect(within(times).getAllByRole("button")).toHaveLength(4);
  });

  it("says so when nothing fits, in Japanese too", async () => {
    serve();
    renderFlow("ja");
    expect(await screen.findByText(/この週には.*開始時刻がありません/)).toBeTruthy();
  });
});

describe("BookingFlow: modes", () => {
  it("offers self-use only to qualified users", () => {
    serve();
    renderWithApp(<BookingFlow instrument={instrument} />, {
      path: "/instruments/3?week=2030-06-24",
      prime: (client) => {
        client.setQueryData(sessionKeys.all, member);
        client.setQueryData(instrumentKeys.access(instrument.id, member.id), { canBook: true, selfUseQualified: false, qualificationExpiresAt: null });
      },
    });
    expect((screen.getByLabelText(/Self-use/) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/you need a qualification for this instrument/)).toBeTruthy();
    expect((screen.getByLabelText(/Staff operation/) as HTMLInputElement).checked).toBe(true);
  });
});

describe("BookingFlow: after booking", () => {
  it("shows a confirmation that takes focus: number, time, next steps, .ics and book again", async () => {
    serve();
    renderFlow();
    fireEvent.change(screen.getByLabelText("Duration"), { target: { value: "120" } });
    const times = await screen.findByRole("group", { name: /Thu, Jun 27, 2030/ });
    fireEvent.click(within(times).getAllByRole("button")[0]);
    fireEvent.change(screen.getByLabelText("Purpose of use"), { target: { value: "Phase analysis" } });
    fireEvent.click(screen.getByLabelText("My samples are not hazardous"));
    fireEvent.click(screen.getByRole("button", { name: "Confirm booking" }));

    const title = await screen.findByRole("heading", { name: /Reservation #42 is confirmed/ });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const confirmation = screen.getByRole("region", { name: /Reservation #42/ });
    expect(confirmation.textContent).toMatch(/Thu, Jun 27, 2030 9:00 AM – 11:00 AM/);
    expect(within(confirmation).getByRole("heading", { name: "Next steps" })).toBeTruthy();
    expect(within(confirmation).getByRole("link", { name: /Add to calendar/ }).getAttribute("href")).toMatch(/\/api\/reservations\/42\/ics/);
    expect(screen.queryByRole("button", { name: "Confirm booking" })).toBeNull();

    fireEvent.click(within(confirmation).getByRole("button", { name: "Book again" }));
    expect(await screen.findByRole("button", { name: "Confirm booking" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe("booking-title"));
  });
});

describe("the instrument page's headings", () => {
  it("go down one level at a time, with times and the confirmation", async () => {
    serve();
    renderWithApp(<><h1>XRD</h1><InstrumentDetails instrument={instrument} /><BookingFlow instrument={instrument} /></>, {
      path: "/instruments/3?week=2030-06-24",
      prime: (client) => client.setQueryData(sessionKeys.all, member),
    });
    fireEvent.change(screen.getByLabelText("Duration"), { target: { value: "120" } });
    await screen.findByRole("group", { name: /Thu, Jun 27, 2030/ });
    const levels = screen.getAllByRole("heading").map((h) => Number(h.tagName.slice(1)));
    expect(levels).toContain(4);
    levels.forEach((level, i) => expect(i === 0 || level <= levels[i - 1] + 1).toBe(true));
  });
});
