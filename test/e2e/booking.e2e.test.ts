import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { clickSlot, consecutiveFree, dragSelect, nextWeekSlots } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(0);

/** Searches the catalogue by need and opens the FE-SEM; returns its id. */
async function openFeSem(page: Page, screenshotName?: string): Promise<number> {
  await page.goto(`${e2e.server.url}/`);
  await page.getByLabel("What do you need to measure?").fill("crack coating");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL(/\?q=crack\+coating/);
  await page.getByText(/^\d+ instruments?$/).waitFor();
  if (screenshotName) await screenshot(page, screenshotName, "viewport");
  await page.getByRole("link", { name: "Field-emission scanning electron microscope (FE-SEM)", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: /FE-SEM/ }).waitFor();
  await page.locator(".fc-timegrid").waitFor();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

async function showNextWeek(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Next week/ }).click();
  await page.locator(".slot-free").first().waitFor();
}

async function fillBookingForm(page: Page, purpose: string): Promise<void> {
  await page.getByLabel("Purpose of use").fill(purpose);
  await page.getByLabel("Samples (optional)").fill("Three coated steel coupons, 20 × 20 mm");
  await page.getByLabel("My samples are not hazardous").check();
}

describe("a company books instrument time with staff operation", () => {
  test("search → instrument → book → My reservations → cancel", async () => {
    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "sme2@demo.example");

    const instrumentId = await openFeSem(page, "en-catalogue-search");

    await showNextWeek(page);
    const run = consecutiveFree(await nextWeekSlots(e2e.server.url, instrumentId), 3, 10);
    await dragSelect(page, run[0], run[2]);
    const selected = page.getByTestId("selected-range");
    await selected.waitFor();
    assert.match(await selected.textContent() ?? "", /\d{1,2}:\d{2}.*–.*\d{1,2}:\d{2}/);
    assert.equal(await page.locator(".slot-selected").count(), 1);
    assert.equal(await page.getByLabel(/Staff operation/).isChecked(), true);
    await screenshot(page, "en-instrument");

    await fillBookingForm(page, "Check a 10 µm coating for cracks after heat cycling");
    // 90 minutes at the SME rate (¥6,000/h) plus staff assistance (¥4,000/h).
    assert.equal(await page.getByTestId("price-total").textContent(), "¥15,000");
    await screenshot(page, "en-booking-form", ".booking-layout");
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await page.getByRole("heading", { name: /^Reservation #\d+ is confirmed$/ }).waitFor();

    await page.getByRole("link", { name: "See my reservations" }).click();
    const card = page.getByTestId("reservation").filter({ hasText: "Check a 10 µm coating for cracks" });
    await card.waitFor();
    assert.match(await card.textContent() ?? "", /Confirmed/);
    assert.match(await card.textContent() ?? "", /Staff operation · (?!Not assigned)/);
    await screenshot(page, "en-reservations");

    await card.getByRole("button", { name: "Cancel reservation" }).click();
    await card.getByLabel("Reason (optional)").fill("Samples not ready");
    await card.getByRole("button", { name: "Cancel reservation" }).click();
    await card.getByText("Cancelled", { exact: true }).waitFor();
    await card.getByText("Reason: Samples not ready").waitFor();
    assert.equal(await card.getByRole("button", { name: "Cancel reservation" }).count(), 0);

    // The cancelled time is bookable again.
    const again = await nextWeekSlots(e2e.server.url, instrumentId);
    assert.ok(again.some((slot) => slot.start === run[0].start));
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test("a slot taken meanwhile gives a clear conflict message and a refreshed calendar", async () => {
    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "sme2@demo.example");
    const instrumentId = await openFeSem(page);
    await showNextWeek(page);
    const [slot, next] = consecutiveFree(await nextWeekSlots(e2e.server.url, instrumentId), 2, 14);
    await clickSlot(page, slot);
    await page.getByTestId("selected-range").waitFor();
    await fillBookingForm(page, "Fracture surface of a failed bracket");

    // Another company books the same time through the API behind the page's back.
    const token = await apiLogin(e2e.server.url, "sme@demo.example");
    const taken = await fetch(`${e2e.server.url}/api/reservations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ instrumentId, start: slot.start, end: next.end, purpose: "Competing booking", assistance: { type: "operation" } }),
    });
    assert.equal(taken.status, 201);

    const refreshed = page.waitForResponse((res) => res.url().includes(`/api/instruments/${instrumentId}/availability`) && res.ok());
    await page.getByRole("button", { name: "Confirm booking" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Someone booked this time a moment ago" });
    await alert.waitFor();
    await refreshed;
    assert.equal(await page.getByTestId("selected-range").count(), 0);
    const fresh = await nextWeekSlots(e2e.server.url, instrumentId);
    assert.equal(fresh.some((s) => s.start === slot.start), false);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test("'free on this date' narrows the catalogue and opens the instrument at that week", async () => {
    const { context, page } = await newPage(e2e.browser);
    const wednesday = DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 2, days: 2 });
    await page.goto(`${e2e.server.url}/?q=SEM`);
    await page.getByText(/^\d+ instruments?$/).waitFor();
    const before = await page.getByTestId("instrument-card").count();
    await page.getByLabel("Free on").fill(wednesday.toISODate()!);
    await page.waitForURL(new RegExp(`free=${wednesday.toISODate()}`));
    await page.getByText(/^Free slots on /).first().waitFor();
    assert.ok((await page.getByTestId("instrument-card").count()) <= before);
    await page.getByRole("link", { name: "Field-emission scanning electron microscope (FE-SEM)", exact: true }).click();
    await page.waitForURL(new RegExp(`week=${wednesday.startOf("week").toISODate()}`));
    await page.locator(`.fc-timegrid-col[data-date="${wednesday.toISODate()}"]`).waitFor();
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
