import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { newPage, pageErrors, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(8);

async function searchFor(page: Page, label: string, button: string, q: string): Promise<void> {
  await page.getByLabel(label).fill(q);
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === q);
  await page.locator(".results[aria-busy=false]").waitFor();
}

describe("did you mean", () => {
  test("English: a misspelt need is answered with the closest term, a link to its own search", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await page.goto(`${e2e.server.url}/`);
    await searchFor(page, "What do you need to measure?", "Search", "cristal structure");
    const suggestion = page.getByTestId("did-you-mean").getByRole("link", { name: "crystal structure", exact: true });
    await suggestion.click();
    await page.waitForURL(/q=crystal\+structure/);
    await page.getByTestId("instrument-card").first().getByText("“crystal structure” → X-ray diffraction (XRD)").waitFor();
    await context.close();
    assert.deepEqual(pageErrors, []);
  });

  test("Japanese: 結昌構造 suggests 結晶構造", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "ja-JP" });
    await page.goto(`${e2e.server.url}/`);
    await searchFor(page, "何を測定・観察したいですか？", "検索", "結昌構造");
    await page.getByTestId("did-you-mean").getByText("もしかして:").waitFor();
    await page.getByTestId("did-you-mean").getByRole("link", { name: "結晶構造", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "結晶構造");
    await page.getByTestId("instrument-card").first().waitFor();
    await context.close();
    assert.deepEqual(pageErrors, []);
  });
});
