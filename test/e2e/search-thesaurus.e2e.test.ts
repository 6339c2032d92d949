import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(14);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical axe-core violations (WCAG 2.x A/AA) on the page. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + " " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));
  })()`)) as string[];
}

const TEXT = {
  en: {
    title: "Search thesaurus", tryLabel: "A query as a company would type it", word: "blistering", none: "No instrument found for “blistering”.",
    field: "English phrases", technique: "Scanning electron microscopy (SEM)", add: "Add", saved: "Saved. Searches use it from now on.", via: "“blistering” → Scanning electron microscopy (SEM)",
    switchOff: "Switch off",
  },
  ja: {
    title: "検索シソーラス", tryLabel: "企業が入力しそうな検索語", word: "ふくれ", none: "「ふくれ」に該当する機器はありません。",
    field: "日本語の語句", technique: "走査電子顕微鏡 (SEM)", add: "追加", saved: "保存しました。これからの検索で使われます。", via: "「ふくれ」→ 走査電子顕微鏡 (SEM)",
    switchOff: "使用を停止",
  },
} as const;

describe("search thesaurus (coordinator)", () => {
  for (const language of ["en", "ja"] as const) {
    test(`${language}: a need added on the page makes the try-it box find instruments`, async () => {
      const text = TEXT[language];
      const { context, page } = await newPage(e2e.browser, { bypassCSP: true });
      await signIn(page, e2e.server.url, "coordinator@demo.example");
      if (language === "ja") await page.getByRole("button", { name: "日本語" }).click();
      await page.goto(`${e2e.server.url}/workspace/search`);
      await page.getByRole("heading", { level: 1, name: text.title }).waitFor();
      await page.getByTestId("thesaurus-entries").getByText("whisker", { exact: false }).waitFor();
      await page.getByLabel(text.tryLabel).fill(text.word);
      await page.getByText(text.none).waitFor();
      await page.getByLabel(text.field, { exact: true }).fill(text.word);
      await page.getByRole("checkbox", { name: text.technique }).check();
      await page.getByRole("button", { name: text.add, exact: true }).click();
      await page.getByText(text.saved).waitFor();
      await page.getByTestId("thesaurus-try-result").getByText(text.via).first().waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `${language}-search-thesaurus`);
      await page.getByTestId("thesaurus-entries").getByRole("listitem").filter({ hasText: text.word }).getByRole("button", { name: text.switchOff }).click();
      await page.getByText(text.none).waitFor();
      await context.close();
      assert.deepEqual(pageErrors, []);
    });
  }
});

describe("an empty search helps", () => {
  const CASES = {
    en: { locale: "en-US", q: "crystal structure", nothing: "Nothing in the catalogue matches “crystal structure” yet.", technique: "X-ray diffraction (XRD)", ask: "Ask the facility’s staff for advice" },
    ja: { locale: "ja-JP", q: "結晶構造", nothing: "「結晶構造」に当てはまる機器は見つかりませんでした。", technique: "X線回折 (XRD)", ask: "施設の職員に相談する" },
  } as const;
  for (const language of ["en", "ja"] as const) {
    test(`${language}: related techniques, popular categories and a link to ask the staff, carrying the query`, async () => {
      const c = CASES[language];
      const { context, page } = await newPage(e2e.browser, { locale: c.locale, bypassCSP: true });
      await page.goto(`${e2e.server.url}/?q=${encodeURIComponent(c.q)}&prefecture=Okinawa`);
      await page.getByText(c.nothing).waitFor();
      const ask = page.getByRole("link", { name: c.ask });
      assert.equal(await ask.getAttribute("href"), `/consultations/new?q=${encodeURIComponent(c.q)}`);
      await page.getByTestId("no-results").getByRole("button", { name: c.technique }).click();
      await page.waitForURL((url) => url.searchParams.get("q") === c.technique);
      await page.getByTestId("instrument-card").first().waitFor();
      await page.goto(`${e2e.server.url}/?q=${encodeURIComponent(c.q)}&prefecture=Okinawa`);
      await page.getByText(c.nothing).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `${language}-search-empty`);
      await context.close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
