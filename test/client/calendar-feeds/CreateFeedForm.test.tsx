import { institutionKeys, feedKeys } from "../../../client/src/api/query-keys";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { CalendarFeed, CalendarFeedKind, User } from "../../../shared";
import { CreateFeedForm } from "../../../client/src/features/calendar-feeds/CreateFeedForm";
import { renderWithApp } from "../render";

const base = { email: "x@example.com", displayName: "X", locale: "en" as const, company: null, companyRole: null, companyId: null, institutionId: null, staffMemberId: null };
const member: User = { ...base, id: 1, role: "company_member", companyId: 1, company: { id: 1, name: "Aoba Precision", customerType: "sme", verification: "verified" }, companyRole: "admin" };
const admin: User = { ...base, id: 2, role: "institution_admin", institutionId: 4, staffMemberId: 7 };
const coordinator: User = { ...base, id: 3, role: "coordinator" };

const instruments = [{ id: 12, name: "FE-SEM" }, { id: 13, name: "X-ray diffractometer" }];
const institutions = { items: [{ id: 4, name: "Tohoku Advanced Science University" }, { id: 5, name: "Miyagi Tech Center" }] };

function renderForm(user: User, kinds: CalendarFeedKind[], language: "en" | "ja" = "en", onCreated: (feed: CalendarFeed) => void = () => undefined) {
  return renderWithApp(<CreateFeedForm user={user} kinds={kinds} onCreated={onCreated} />, {
    language,
    prime: (client) => {
      client.setQueryData(institutionKeys.list(language), institutions);
      for (const id of [4, 5]) client.setQueryData(feedKeys.instruments(id, language), instruments);
    },
  });
}

const kindLabels = () => screen.getAllByRole("radio").map((radio) => radio.closest("label")!.querySelector("strong")!.textContent);

describe("CreateFeedForm", () => {
  afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

  it("lets a company member choose between the company's bookings and their own", () => {
    renderForm(member, ["company", "user"]);
    expect(kindLabels()).toEqual(["All of my company's reservations", "Only my own reservations"]);
    expect((screen.getByLabelText(/All of my company's reservations/) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Everyone's bookings at Aoba Precision/)).toBeTruthy();
    expect(screen.queryByLabelText("Instrument")).toBeNull();
  });

  it("offers only the kinds the server allows, and asks staff or admins for an instrument of their institution", () => {
    renderForm(admin, ["institution", "staff", "instrument"]);
    expect(kindLabels()).toEqual(["My assignments and time off", "One instrument's busy times", "All reservations at an institution"]);
    expect(screen.queryByLabelText("Institution")).toBeNull();
    fireEvent.click(screen.getByLabelText(/One instrument's busy times/));
    const picker = screen.getByLabelText("Instrument") as HTMLSelectElement;
    expect([...picker.options].map((o) => o.text)).toEqual(["Choose an instrument", "FE-SEM", "X-ray diffractometer"]);
    expect(screen.queryByLabelText("Institution")).toBeNull();
  });

  it("refuses to send an instrument feed without an instrument", () => {
    const fetch = jest.fn();
    Object.assign(globalThis, { fetch });
    renderForm(admin, ["instrument"]);
    fireEvent.click(screen.getByRole("button", { name: "Create subscription" }));
    expect(screen.getByText("Required.")).toBeTruthy();
    expect(screen.getByLabelText("Instrument").getAttribute("aria-invalid")).toBe("true");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("has the coordinator pick an institution first, then one of its instruments", () => {
    renderForm(coordinator, ["instrument", "institution"]);
    expect(screen.queryByLabelText("Instrument")).toBeNull();
    fireEvent.change(screen.getByLabelText("Institution"), { target: { value: "5" } });
    expect(screen.getByLabelText("Instrument")).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/All reservations at an institution/));
    expect(screen.queryByLabelText("Instrument")).toBeNull();
    expect((screen.getByLabelText("Institution") as HTMLSelectElement).value).toBe("5");
  });

  it("sends the chosen kind and name, and hands the created feed back", async () => {
    const feed = {
      id: 9, kind: "user", label: "Mine", url: "http://h/ical/t.ics", webcalUrl: "webcal://h/ical/t.ics", googleCalendarUrl: "https://calendar.google.com/x",
      outlookUrl: "https://outlook.office.com/x", instrumentId: null, institutionId: null, createdAt: "2027-06-07T00:00:00.000Z", updatedAt: "2027-06-07T00:00:00.000Z",
    };
    // jsdom has no fetch: answer as the server does (its side is tested in test/server/calendar-feeds.api.test.ts).
    const fetch = jest.fn(async () => ({ ok: true, status: 201, json: async () => ({ feed }) }));
    Object.assign(globalThis, { fetch });
    const onCreated = jest.fn();
    renderForm(member, ["company", "user"], "en", onCreated);
    fireEvent.click(screen.getByLabelText(/Only my own reservations/));
    fireEvent.change(screen.getByLabelText(/Name in your calendar app/), { target: { value: " Mine " } });
    fireEvent.click(screen.getByRole("button", { name: "Create subscription" }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(feed));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/^\/api\/calendar\/feeds\?/);
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ kind: "user", label: "Mine" });
  });

  it("speaks Japanese", () => {
    renderForm(member, ["company", "user"], "ja");
    expect(kindLabels()).toEqual(["自社の予約すべて", "自分の予約のみ"]);
    expect(screen.getByRole("button", { name: "購読を作成" })).toBeTruthy();
  });

  it("says so when the account may have no feed", () => {
    renderForm(member, []);
    expect(screen.getByText("Your account has no calendars to subscribe to.")).toBeTruthy();
  });
});
