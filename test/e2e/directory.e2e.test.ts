import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(17);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Serious and critical WCAG 2.x A/AA violations (axe-core), as in a11y.e2e.test.ts. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + " " + v.nodes.map((n) => n.target.join(" ")).join(", "));
  })()`)) as string[];
  return found;
}

const CASES = [
  { language: "en", locale: "en-US", nav: "Directory", label: "What do you want to find out or make?", button: "Search", q: "cracks in a coating", title: "Failure analysis of metal and plated parts", ask: "Ask about this" },
  { language: "ja", locale: "ja-JP", nav: "技術シーズ", label: "知りたいこと・作りたいもの", button: "検索", q: "結晶構造", title: "薄膜・粉末の結晶構造解析", ask: "この技術について相談する" },
] as const;

describe("technology directory", () => {
  for (const c of CASES) {
    test(`${c.language}: search the directory, open a capability, ask about it`, async () => {
      const { context, page } = await newPage(e2e.browser, { locale: c.locale, bypassCSP: true });
      await page.goto(`${e2e.server.url}/`);
      const header = (await page.locator(".site-header").boundingBox())!;
      assert.ok(header.height <= 70, `the 1366 px header is on one line (${Math.round(header.height)} px)`);
      await page.getByRole("navigation").getByRole("link", { name: c.nav, exact: true }).click();
      await page.waitForURL(/\/directory$/);
      await page.getByLabel(c.label).fill(c.q);
      await page.getByRole("button", { name: c.button, exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get("q") === c.q);
      await page.locator(".results[aria-busy=false]").waitFor();
      const first = page.getByTestId("capability-card").first();
      await first.getByRole("link", { name: c.title, exact: true }).waitFor();
      await first.getByTestId("match-reason").waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `${c.language}-directory`);

      await first.getByRole("link", { name: c.title, exact: true }).click();
      await page.getByTestId("capability-page").getByRole("heading", { name: c.title }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      const id = /\/directory\/(\d+)$/.exec(page.url())![1];
      await page.getByTestId("capability-page").getByRole("link", { name: c.ask, exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/consultations/new" && url.searchParams.get("capabilityId") === id);
      await context.close();
      assert.deepEqual(pageErrors, []);
    });
  }

  test("an institution admin adds a capability in the workspace; it is found in the directory and on its instrument's page", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "en-US", bypassCSP: true });
    await signIn(page, e2e.server.url, "facility-admin@demo.example");
    const header = (await page.locator(".site-header").boundingBox())!;
    assert.ok(header.height <= 70, `the signed-in header is on one line (${Math.round(header.height)} px)`);
    await page.goto(`${e2e.server.url}/workspace/capabilities`);
    await page.getByTestId("capability-table").waitFor();
    await page.getByRole("link", { name: "Add a capability" }).click();
    const editor = page.getByTestId("capability-editor");
    await editor.getByLabel("Title (Japanese)").fill("高分子フィルムの表面分析");
    await editor.getByLabel("Title (English)").fill("Surface analysis of polymer films");
    await editor.getByLabel("Laboratory or researcher (Japanese)").fill("高分子界面研究室");
    await editor.getByLabel("Laboratory or researcher (English)").fill("Polymer Interfaces Laboratory");
    await editor.getByLabel("Summary (Japanese)").fill("フィルム表面の官能基と組成を分析します。");
    await editor.getByLabel("Summary (English)").fill("We analyse functional groups and composition on film surfaces.");
    await editor.getByLabel("Keywords (English)").fill("polymer film, wettability");
    await editor.getByLabel("X-ray photoelectron spectrometer (XPS)").check();
    assert.deepEqual(await seriousViolations(page), []);
    await editor.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\/workspace\/capabilities$/);
    await page.getByTestId("capability-table").getByRole("link", { name: "Surface analysis of polymer films", exact: true }).waitFor();

    await page.goto(`${e2e.server.url}/directory?q=wettability`);
    const card = page.getByTestId("capability-card").first();
    await card.getByRole("link", { name: "Surface analysis of polymer films", exact: true }).waitFor();
    await card.getByRole("link", { name: "X-ray photoelectron spectrometer (XPS)" }).click();
    await page.getByTestId("instrument-capabilities").getByRole("link", { name: "Surface analysis of polymer films", exact: true }).waitFor();
    await context.close();
    assert.deepEqual(pageErrors, []);
  });
});
