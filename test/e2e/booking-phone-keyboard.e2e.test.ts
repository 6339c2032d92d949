import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import path from "node:path";
import { newPage, pageErrors, SCREENSHOTS, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(5);
const FE_SEM = "Field-emission scanning electron microscope (FE-SEM)";
/** The id of the element that has focus (page scripts as strings: the e2e project has no DOM types). */
const focusedId = (page: Page) => page.evaluate("document.activeElement?.id");
const nextMonday = () => DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 1 }).toISODate()!;

/** Finds the FE-SEM from the catalogue by what it measures, and opens it at next week. */
async function findFeSem(page: Page, language: "en" | "ja"): Promise<void> {
  await page.goto(`${e2e.server.url}/?q=${encodeURIComponent(language === "en" ? "crack coating" : "ひび割れ")}`);
  const link = page.getByRole("link", { name: language === "en" ? FE_SEM : /電界放出形走査電子顕微鏡/ }).first();
  await link.tap();
  await page.getByRole("heading", { level: 1, name: /FE-SEM/ }).waitFor();
  await page.getByRole("button", { name: language === "en" ? /Next week/ : /次の週/ }).tap();
  await page.waitForURL(new RegExp(`week=${nextMonday()}`));
}

describe("booking on a phone, by touch (390 × 844)", () => {
  for (const language of ["en", "ja"] as const) {
    test(`${language}: find an instrument, staff operation for 2 hours, tap a time, book, land on the confirmation`, async () => {
      const { context, page } = await newPage(e2e.browser, { mobile: true, touch: true });
      await signIn(page, e2e.server.url, language === "en" ? "sme2@demo.example" : "sme@demo.example");
      if (language === "ja") await page.getByRole("button", { name: "日本語" }).tap();
      // Signed in, the header keeps to three short lines: nothing in it wraps, and the screen stays for the content.
      const header = (await page.locator(".site-header").boundingBox())!;
      assert.ok(header.height <= 140, `phone header ${Math.round(header.height)} px high`);
      await findFeSem(page, language);
      const text = language === "en"
        ? { mode: /Staff operation/, duration: "Duration", hours: "2 hours", purpose: "Purpose of use", safe: "My samples are not hazardous", submit: "Confirm booking", done: /^Reservation #\d+ is confirmed$/ }
        : { mode: /技術代行/, duration: "利用時間", hours: "2時間", purpose: "利用目的", safe: "試料に危険性はありません", submit: "予約を確定する", done: /^予約 #\d+ が確定しました$/ };

      await page.getByLabel(text.mode).tap();
      await page.getByLabel(text.duration).selectOption({ label: text.hours });
      const first = page.locator(".start-time").first();
      await first.waitFor();
      const sizes = await page.locator(".start-time").evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]));
      assert.ok(sizes.every(([w, h]) => w >= 44 && h >= 44), `touch targets ${JSON.stringify(sizes.slice(0, 3))}`);
      console.log(`# ${language} phone: ${sizes.length} start times, smallest ${Math.min(...sizes.map((s) => s[0]))}×${Math.min(...sizes.map((s) => s[1]))} px`);
      assert.match(await first.getAttribute("aria-label") ?? "", /\d{4}.*\d{1,2}:\d{2}.*–.*\d{1,2}:\d{2}/);
      assert.equal(await page.locator(".fc-timegrid").count(), 0, "no drag calendar on a phone");
      // What the phone shows of the flow: the chosen duration and the first start times.
      await page.evaluate('document.getElementById("booking-duration").scrollIntoView(); window.scrollBy(0, -90)');
      await page.screenshot({ path: path.join(SCREENSHOTS, `${language}-booking-phone.png`) });

      await first.tap();
      assert.equal(await first.getAttribute("aria-pressed"), "true");
      assert.equal(await focusedId(page), "selected-title");
      await page.getByLabel(text.purpose).fill("Check a coating for cracks after heat cycling");
      await page.getByLabel(text.safe).tap();
      await page.getByRole("button", { name: text.submit }).tap();
      const done = page.getByRole("heading", { name: text.done });
      await done.waitFor();
      assert.equal(await focusedId(page), "confirmation-title");
      const box = await done.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `confirmation in view at y=${box?.y}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${language}-booking-phone-confirmed.png`) });
      assert.deepEqual(pageErrors, []);
      await context.close();
    });
  }
});

/** Presses Tab until `selector` has focus, counting; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, counter: { tabs: number }, limit = 20): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
    await page.keyboard.press("Tab");
    counter.tabs++;
  }
  throw new Error(`${selector} not reached in ${limit} Tab presses`);
}

describe("booking from the keyboard alone (1366 × 900)", () => {
  test("instrument page to confirmed in under 15 Tab presses", async () => {
    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "sme2@demo.example");
    const header = (await page.locator(".site-header").boundingBox())!;
    assert.ok(header.height <= 70, `the 1366 px header is on one line (${Math.round(header.height)} px)`);
    await page.goto(`${e2e.server.url}/instruments/1?week=${nextMonday()}`);
    await page.getByRole("heading", { level: 1, name: /FE-SEM/ }).waitFor();
    await page.locator(".start-time").first().waitFor();
    const count = { tabs: 0 };
    const keys: string[] = [];
    const press = async (key: string) => { keys.push(key); await page.keyboard.press(key); };

    await tabTo(page, ".skip-link", count);
    await press("Enter");
    await tabTo(page, 'input[name="assistance"]:checked', count);
    assert.equal(await page.evaluate("document.activeElement.value"), "operation");
    await tabTo(page, "#booking-duration", count);
    while (await page.locator("#booking-duration").inputValue() !== "120") await press("ArrowDown");
    await page.locator(".start-time").first().waitFor();
    await tabTo(page, ".start-time", count);
    await press("Enter");
    await tabTo(page, "textarea[maxlength='2000']", count);
    await page.keyboard.type("Check a coating for cracks");
    await tabTo(page, 'input[name="hazardous"]', count);
    await press("Space");
    await tabTo(page, "button[type=submit].button-wide", count);
    await press("Enter");
    await page.getByRole("heading", { name: /^Reservation #\d+ is confirmed$/ }).waitFor();
    assert.equal(await focusedId(page), "confirmation-title");
    console.log(`# keyboard booking: ${count.tabs} Tab presses from the instrument page to confirmed (other keys: ${keys.join(", ")})`);
    assert.ok(count.tabs < 15, `${count.tabs} Tab presses`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
