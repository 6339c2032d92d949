import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { consecutiveFree, dragSelect, nextWeekSlots } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(9);

async function instrumentId(nameEn: string): Promise<number> {
  const { items } = (await fetch(`${e2e.server.url}/api/instruments?pageSize=100&lang=en`).then((r) => r.json())) as { items: { id: number; nameEn: string }[] };
  const found = items.find((i) => i.nameEn === nameEn);
  if (!found) throw new Error(`no instrument ${nameEn}`);
  return found.id;
}

describe("booking on behalf of a company member", () => {
  test("staff take a phone request: choose the member on the instrument page and book; the company sees it as its own", async () => {
    const fesem = await instrumentId("Field-emission scanning electron microscope (FE-SEM)");
    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await signIn(page, e2e.server.url, "staff@demo.example");
    await page.goto(`${e2e.server.url}/instruments/${fesem}`);
    await page.locator(".fc-timegrid").waitFor();
    await page.getByRole("button", { name: /Next week/ }).click();
    await page.locator(".slot-free").first().waitFor();
    const run = consecutiveFree(await nextWeekSlots(e2e.server.url, fesem), 2, 13);
    await dragSelect(page, run[0], run[1]);
    await page.getByTestId("selected-range").waitFor();

    await page.getByLabel("Purpose of use").fill("Phone request: cross-section of a bonded joint");
    await page.getByLabel("My samples are not hazardous").check();
    const field = page.getByRole("group", { name: "Book for a company member" });
    await field.getByRole("searchbox", { name: "Search members" }).fill("sme2@demo");
    await field.getByRole("button", { name: /sme2@demo\.example/ }).click();
    await field.getByTestId("on-behalf-chosen").waitFor();
    // The estimate the member's company sees (Kitakami Coatings: SME, verified).
    assert.match((await page.getByTestId("price-total").textContent()) ?? "", /^¥[\d,]+$/);
    await page.getByText(/Estimate at Kitakami Coatings Ltd\.'s SME rate/).waitFor();
    await screenshot(page, "en-book-on-behalf", ".booking-panel");
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await page.getByRole("heading", { name: /^Reservation #\d+ is (confirmed|requested)/ }).waitFor();

    // The same panel in Japanese, up to the estimate (not booked).
    await page.getByRole("button", { name: "日本語" }).click();
    await page.goto(`${e2e.server.url}/instruments/${fesem}`);
    await page.getByRole("button", { name: /次の週/ }).click();
    await page.locator(".slot-free").first().waitFor();
    const later = consecutiveFree(await nextWeekSlots(e2e.server.url, fesem), 2, 15);
    await dragSelect(page, later[0], later[1]);
    await page.getByTestId("selected-range").waitFor();
    await page.getByLabel("利用目的").fill("電話依頼：接合部の断面観察");
    const ja = page.getByRole("group", { name: "企業の代理で予約" });
    await ja.getByRole("searchbox", { name: "利用者を検索" }).fill("sme2@demo");
    await ja.getByRole("button", { name: /sme2@demo\.example/ }).click();
    await page.getByText(/Kitakami Coatings Ltd\.の中小企業料金による税抜の概算です（企業に表示される金額と同じ）/).waitFor();
    await screenshot(page, "ja-book-on-behalf", ".booking-panel");
    await context.close();

    const company = await apiLogin(e2e.server.url, "sme2@demo.example");
    const list = (await fetch(`${e2e.server.url}/api/reservations?scope=upcoming&pageSize=100`, { headers: { Authorization: `Bearer ${company}` } }).then((r) => r.json())) as {
      items: { id: number; purpose: string; enteredBy: { name: string } | null }[];
    };
    const booked = list.items.find((r) => r.purpose.startsWith("Phone request: cross-section"));
    assert.ok(booked, "the company sees the booking as its own");
    assert.ok(booked.enteredBy, "and who entered it");

    const member = await newPage(e2e.browser, { locale: "en-US" });
    await signIn(member.page, e2e.server.url, "sme2@demo.example");
    await member.page.getByRole("button", { name: "日本語" }).click();
    await member.page.goto(`${e2e.server.url}/reservations/${booked.id}`);
    const enteredBy = member.page.getByTestId("entered-by");
    await enteredBy.waitFor();
    assert.match((await enteredBy.textContent()) ?? "", /代理入力/);
    await screenshot(member.page, "ja-reservation-entered-by", "[data-testid=reservation-detail]");
    await member.context.close();
    assert.deepEqual(pageErrors, []);
  });
});
