import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { parseCalendar } from "../helpers/ical";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(2);

/** The kinds offered by the create form, once the server has said which the caller may create. */
async function radioValues(page: Page): Promise<(string | null)[]> {
  await page.getByRole("radio").first().waitFor();
  return Promise.all((await page.getByRole("radio").all()).map((radio) => radio.getAttribute("value")));
}

/** The feed as a calendar app fetches it: no cookie, no header. */
const fetchFeed = (url: string) => fetch(url, { redirect: "manual" });

interface ListedReservation {
  id: number;
  start: string;
  end: string;
  purpose: string;
  status: string;
}

async function upcomingReservations(email: string): Promise<ListedReservation[]> {
  const token = await apiLogin(e2e.server.url, email);
  const res = await fetch(`${e2e.server.url}/api/reservations?scope=upcoming`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { items: ListedReservation[] }).items;
}

describe("calendar subscriptions in the web client", () => {
  test("a company member subscribes, the address works without a session, rotating and deleting shut the old address", async () => {
    const [booking] = await upcomingReservations("sme@demo.example");
    assert.ok(booking, "the demo data gives Aoba Precision an upcoming reservation");

    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: e2e.server.url });
    await signIn(page, e2e.server.url, "sme@demo.example");
    await page.getByRole("link", { name: "Calendar subscriptions" }).click();
    await page.getByRole("heading", { level: 1, name: "Calendar subscriptions" }).waitFor();
    await page.getByText("No subscriptions yet.", { exact: false }).waitFor();

    // Company members choose between the company's bookings and their own; nothing else is offered.
    const kinds = await radioValues(page);
    assert.deepEqual(kinds, ["company", "user"]);
    assert.equal(await page.getByLabel(/All of my company's reservations/).isChecked(), true);
    await page.getByLabel(/Name in your calendar app/).fill("Aoba bookings");
    await page.getByRole("button", { name: "Create subscription" }).click();
    await page.getByText("“Aoba bookings” is ready.", { exact: false }).waitFor();
    const card = page.getByTestId("feed").filter({ hasText: "Aoba bookings" });
    await card.waitFor();
    assert.match(await card.textContent() ?? "", /All of my company's reservations · Created/);

    const url = await card.getByTestId("feed-url").inputValue();
    assert.match(url, new RegExp(`^${e2e.server.url}/ical/[A-Za-z0-9_-]{32,}\\.ics$`));
    assert.equal(await card.getByRole("link", { name: /webcal/ }).getAttribute("href"), url.replace(/^http:/, "webcal:"));
    assert.match(await card.getByRole("link", { name: "Google Calendar" }).getAttribute("href") ?? "", /^https:\/\/calendar\.google\.com\/.*cid=webcal/);
    assert.match(await card.getByRole("link", { name: "Outlook" }).getAttribute("href") ?? "", /^https:\/\/outlook\.office\.com\/.*addfromweb\?url=/);

    await card.getByRole("button", { name: "Copy link" }).click();
    await card.getByText("Copied. Paste it into your calendar app.").waitFor();
    assert.equal(await page.evaluate("navigator.clipboard.readText()"), url);
    await page.mouse.move(0, 0);
    await screenshot(page, "en-calendar-feeds");

    // The shown address works with no cookie and carries the company's reservation.
    const feed = await fetchFeed(url);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get("content-type") ?? "", /^text\/calendar/);
    const calendar = parseCalendar(await feed.text());
    const event = calendar.byUid(`reservation-${booking.id}@127.0.0.1`);
    assert.equal(event.start.toISOString(), new Date(booking.start).toISOString());
    assert.equal(event.end.toISOString(), new Date(booking.end).toISOString());
    assert.equal(event.status, booking.status === "pending" ? "TENTATIVE" : "CONFIRMED");
    assert.ok(event.description.includes(booking.purpose.split(" / ")[0]), "the company's own feed shows the purpose");

    // Rotating asks first, then the old address stops working and the new one is shown.
    await card.getByRole("button", { name: "Get a new address" }).click();
    await card.getByText("The current address stops working at once.", { exact: false }).waitFor();
    await card.getByRole("button", { name: "Get a new address" }).click();
    await card.getByText("“Aoba bookings” has a new address.", { exact: false }).waitFor();
    const rotated = await card.getByTestId("feed-url").inputValue();
    assert.notEqual(rotated, url);
    assert.equal((await fetchFeed(url)).status, 404);
    assert.equal((await fetchFeed(rotated)).status, 200);

    // In Japanese the page, the form and the help speak Japanese.
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("heading", { level: 1, name: "カレンダー購読" }).waitFor();
    assert.ok(await page.getByRole("link", { name: "カレンダー購読" }).isVisible());
    assert.ok(await page.getByRole("heading", { name: "購読中のカレンダー" }).isVisible());
    assert.ok(await page.getByRole("button", { name: "リンクをコピー" }).isVisible());
    assert.ok(await page.getByRole("button", { name: "購読を作成" }).isVisible());
    assert.ok(await page.getByLabel(/自社の予約すべて/).isVisible());
    assert.ok(await page.getByRole("heading", { name: "購読のしかた" }).isVisible());
    assert.ok(await page.getByText("変更の反映には時間がかかります。", { exact: false }).isVisible());
    await screenshot(page, "ja-calendar-feeds");

    // Deleting asks first; then the address answers 404.
    await card.getByRole("button", { name: "削除" }).click();
    await card.getByText("アドレスはすぐに使えなくなり", { exact: false }).waitFor();
    await card.getByRole("button", { name: "購読を削除" }).click();
    await page.getByText("「Aoba bookings」を削除しました。", { exact: false }).waitFor();
    assert.equal(await page.getByTestId("feed").count(), 0);
    assert.equal((await fetchFeed(rotated)).status, 404);

    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test("a reservation downloads as an .ics file with the session", async () => {
    const [booking] = await upcomingReservations("sme@demo.example");
    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await signIn(page, e2e.server.url, "sme@demo.example");
    await page.getByRole("link", { name: "My reservations" }).click();
    const card = page.getByTestId("reservation").filter({ hasText: booking.purpose });
    await card.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "Add to calendar (.ics)" }).click()]);
    assert.equal(download.suggestedFilename(), `reservation-${booking.id}.ics`);
    const calendar = parseCalendar(fs.readFileSync((await download.path())!, "utf8"));
    assert.equal(calendar.events.length, 1);
    assert.equal(calendar.events[0].uid, `reservation-${booking.id}@127.0.0.1`);
    assert.equal(calendar.events[0].start.toISOString(), new Date(booking.start).toISOString());
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test("a staff member subscribes to one instrument's busy times", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await signIn(page, e2e.server.url, "staff@demo.example");
    await page.getByRole("link", { name: "Calendar subscriptions" }).click();
    await page.getByRole("heading", { level: 1, name: "Calendar subscriptions" }).waitFor();
    const kinds = await radioValues(page);
    assert.deepEqual(kinds, ["staff", "instrument"]);
    await page.getByLabel(/One instrument's busy times/).check();
    await page.getByRole("button", { name: "Create subscription" }).click();
    await page.getByText("Required.").waitFor();
    await page.getByLabel("Instrument", { exact: true }).selectOption({ label: "Field-emission scanning electron microscope (FE-SEM)" });
    await page.getByRole("button", { name: "Create subscription" }).click();
    const card = page.getByTestId("feed").filter({ hasText: "FE-SEM" });
    await card.waitFor();
    assert.equal(await card.getAttribute("data-kind"), "instrument");

    const calendar = parseCalendar(await (await fetchFeed(await card.getByTestId("feed-url").inputValue())).text());
    assert.ok(calendar.events.length > 0, "the FE-SEM has a booking in the demo data");
    for (const event of calendar.events) assert.ok(!/Aoba|Kitakami|Crack|クラック/.test(event.summary + event.description), "busy blocks only");
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
