import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { CalendarFeed } from "../../../shared";
import { FeedCard } from "../../../client/src/features/calendar-feeds/FeedCard";
import { renderWithApp } from "../render";

const feed: CalendarFeed = {
  id: 9,
  kind: "instrument",
  label: "FE-SEM (busy times)",
  url: "https://booking.example/ical/abcdefghijklmnopqrstuvwxyz0123456789.ics",
  webcalUrl: "webcal://booking.example/ical/abcdefghijklmnopqrstuvwxyz0123456789.ics",
  googleCalendarUrl: "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fbooking.example",
  outlookUrl: "https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fbooking.example",
  instrumentId: 12,
  institutionId: 4,
  createdAt: "2027-06-07T00:00:00.000Z",
  updatedAt: "2027-06-09T03:00:00.000Z",
};

function renderCard(language: "en" | "ja" = "en", fresh = false) {
  const onRevoked = jest.fn();
  renderWithApp(<FeedCard feed={feed} fresh={fresh} onRevoked={onRevoked} />, { language });
  return { onRevoked };
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", { value: writeText && { writeText }, configurable: true });
}

describe("FeedCard", () => {
  afterEach(() => {
    setClipboard(undefined);
    Reflect.deleteProperty(globalThis, "fetch");
  });

  it("shows the kind, the dates and the links into calendar apps", () => {
    renderCard();
    expect(screen.getByRole("heading", { name: "FE-SEM (busy times)" })).toBeTruthy();
    expect(screen.getByText(/One instrument's busy times · Created .*Jun 7, 2027 · New address since .*Jun 9, 2027/)).toBeTruthy();
    expect((screen.getByLabelText("Subscription address") as HTMLInputElement).value).toBe(feed.url);
    expect(screen.getByRole("link", { name: "Google Calendar" }).getAttribute("href")).toBe(feed.googleCalendarUrl);
    expect(screen.getByRole("link", { name: "Outlook" }).getAttribute("href")).toBe(feed.outlookUrl);
    expect(screen.getByRole("link", { name: /webcal/ }).getAttribute("href")).toBe(feed.webcalUrl);
  });

  it("says a new feed is ready", () => {
    renderCard("en", true);
    expect(screen.getByText("“FE-SEM (busy times)” is ready. Copy its address or add it to your calendar app.")).toBeTruthy();
  });

  it("copies the address and says so", async () => {
    const writeText = jest.fn(async () => undefined);
    setClipboard(writeText);
    renderCard();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })));
    expect(writeText).toHaveBeenCalledWith(feed.url);
    expect(screen.getByRole("status").textContent).toBe("Copied. Paste it into your calendar app.");
  });

  it("falls back to the copy command, and else selects the address for the user to copy", async () => {
    setClipboard(async () => { throw new Error("NotAllowedError"); });
    const execCommand = jest.fn(() => false);
    Object.assign(document, { execCommand });
    renderCard();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })));
    expect(execCommand).toHaveBeenCalledWith("copy");
    expect(screen.getByRole("status").textContent).toMatch(/did not allow copying.*Ctrl\+C/);
    const field = screen.getByLabelText("Subscription address") as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, feed.url.length]);

    execCommand.mockReturnValue(true);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })));
    expect(screen.getByRole("status").textContent).toBe("Copied. Paste it into your calendar app.");
  });

  it("explains before rotating that the old address stops working, and can be called off", () => {
    const fetch = jest.fn();
    Object.assign(globalThis, { fetch });
    renderCard();
    fireEvent.click(screen.getByRole("button", { name: "Get a new address" }));
    expect(screen.getByRole("heading", { name: "Get a new address for “FE-SEM (busy times)”?" })).toBeTruthy();
    expect(screen.getByText(/The current address stops working at once/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByText(/The current address stops working/)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("deletes only after the confirm step, then tells the page", async () => {
    const fetch = jest.fn(async () => ({ ok: true, status: 204 }));
    Object.assign(globalThis, { fetch });
    const { onRevoked } = renderCard();
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(screen.getByText(/stops working at once and calendar apps get no more updates/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Delete subscription" }));
    await waitFor(() => expect(onRevoked).toHaveBeenCalledWith("FE-SEM (busy times)"));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/^\/api\/calendar\/feeds\/9\?/);
    expect(init.method).toBe("DELETE");
  });

  it("speaks Japanese", () => {
    renderCard("ja");
    expect(screen.getByRole("button", { name: "リンクをコピー" })).toBeTruthy();
    expect(screen.getByText(/機器の使用中の時間帯 · 2027年6月7日/)).toBeTruthy();
  });
});
