import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { newPage, pageErrors, screenshot, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(4);

/** Types a search into the catalogue's box, as a visitor does, and waits for the answer. */
async function searchFor(page: Page, label: string, button: string, q: string): Promise<void> {
  await page.getByLabel(label).fill(q);
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === q);
  await page.locator(".results[aria-busy=false]").waitFor();
}

const firstCard = (page: Page) => page.getByTestId("instrument-card").first();

describe("catalogue search by need, in both languages", () => {
  test("English: a phrase finds the SEM and says why, a typo finds the diffractometer, nothing found helps", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await page.goto(`${e2e.server.url}/`);
    const search = (q: string) => searchFor(page, "What do you need to measure?", "Search", q);

    await search("cracks in a coating");
    // The previous page stays on screen while the search loads (keepPreviousData): wait for the ranked answer.
    await firstCard(page).getByRole("heading", { name: /scanning electron microscope/i }).waitFor();
    await firstCard(page).getByText("“crack” → Scanning electron microscopy (SEM)").waitFor();
    assert.ok((await firstCard(page).locator("mark").count()) > 0);
    await screenshot(page, "en-catalogue-need-search", "viewport");

    await search("difractometer");
    await firstCard(page).getByRole("link", { name: "Powder X-ray diffractometer", exact: true }).waitFor();
    await firstCard(page).getByTestId("match-reason").getByText("diffractometer", { exact: true }).waitFor();

    await search("flux capacitor");
    await page.getByText("Nothing in the catalogue matches “flux capacitor” yet.").waitFor();
    await page.getByText("Not sure which instrument you need?").waitFor();
    await page.getByRole("button", { name: "crystal structure", exact: true }).click();
    await page.waitForURL(/q=crystal\+structure/);
    await firstCard(page).getByText("“crystal structure” → X-ray diffraction (XRD)").waitFor();
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test("Japanese: コーティングのひび割れ, 結晶構造, an English typo, and the empty state", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "ja-JP" });
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole("heading", { level: 1, name: "機器をさがす" }).waitFor();
    const search = (q: string) => searchFor(page, "何を測定・観察したいですか？", "検索", q);

    await search("コーティングのひび割れ");
    await firstCard(page).getByText("「ひび割れ」→ 走査電子顕微鏡 (SEM)").waitFor();
    assert.ok((await firstCard(page).locator("mark").count()) > 0);
    await screenshot(page, "ja-catalogue-need-search", "viewport");

    await search("結晶構造");
    await firstCard(page).getByRole("link", { name: "粉末X線回折装置", exact: true }).waitFor();
    await firstCard(page).getByText("「結晶構造」→ X線回折 (XRD)").waitFor();

    await search("difractometer");
    await firstCard(page).getByRole("link", { name: "粉末X線回折装置", exact: true }).waitFor();

    await search("タイムマシン");
    await page.getByText("「タイムマシン」に当てはまる機器は見つかりませんでした。").waitFor();
    await page.getByRole("button", { name: "元素分析", exact: true }).click();
    await page.waitForURL(/q=%E5%85%83%E7%B4%A0/);
    await firstCard(page).getByText(/^「元素分析」→ /).first().waitFor();
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
