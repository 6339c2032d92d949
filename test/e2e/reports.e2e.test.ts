import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(7);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.x A/AA rules in the page: the serious and critical violations, each logged. */
async function seriousViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, at: v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ") }));
  })()`)) as Array<{ id: string; impact: string; at: string }>;
  for (const v of found) console.log(`# axe ${label}: ${v.impact} ${v.id} at ${v.at}`);
  return found.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} at ${v.at}`);
}

const TEXT = {
  en: { language: "English", dashboard: "Programme overview", reports: "Usage reports", programme: "Annual programme table", calendar: "Institution calendar", fy: (y: number) => `FY${y}`, institution: "Institution", total: "Total" },
  ja: { language: "日本語", dashboard: "事業の概況", reports: "利用実績", programme: "年度実績表", calendar: "機関カレンダー", fy: (y: number) => `${y}年度`, institution: "機関", total: "合計" },
};
type Lang = keyof typeof TEXT;

async function open(lang: Lang, email: string): Promise<Page> {
  const { page } = await newPage(e2e.browser, { bypassCSP: true });
  await signIn(page, e2e.server.url, email);
  await page.getByRole("button", { name: TEXT[lang].language, exact: true }).click();
  return page;
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

for (const lang of ["en", "ja"] as const) {
  describe(`programme reports (${lang})`, () => {
    test("the coordinator lands on the overview, switches fiscal year and downloads the annual table", async () => {
      const text = TEXT[lang];
      const page = await open(lang, "coordinator@demo.example");
      await page.goto(`${e2e.server.url}/workspace`);
      await page.getByRole("heading", { level: 1, name: text.dashboard }).waitFor();
      await page.getByTestId("hours-figure").waitFor();
      assert.match(await page.getByTestId("companies-figure").textContent() ?? "", /^[1-9]\d*$/);
      assert.deepEqual(await seriousViolations(page, `${lang} dashboard`), []);
      await screenshot(page, `${lang}-dashboard`);

      const current = Number(await page.getByTestId("fiscal-year").inputValue());
      await page.getByTestId("fiscal-year").selectOption(String(current - 1));
      await page.getByTestId("dashboard-period").filter({ hasText: `${current - 1}-04-01` }).filter({ hasText: `${current}-03-31` }).waitFor();

      await page.goto(`${e2e.server.url}/workspace/reports?fy=${current - 1}`);
      await page.getByRole("heading", { level: 1, name: text.reports }).waitFor();
      await page.getByTestId("usage-table").waitFor();
      await page.locator(".recharts-wrapper").first().waitFor();
      assert.equal(await page.getByTestId("usage-table").locator("tbody tr").count(), 12);
      assert.deepEqual(await seriousViolations(page, `${lang} report`), []);
      await screenshot(page, `${lang}-report`);

      await page.goto(`${e2e.server.url}/workspace/programme?fy=${current - 1}`);
      await page.getByTestId("programme-year").filter({ hasText: text.fy(current - 1) }).waitFor();
      await page.getByTestId("programme-table").waitFor();
      assert.deepEqual(await seriousViolations(page, `${lang} programme`), []);
      const csv = await download(page, "download-csv");
      assert.equal(csv.name, `programme-FY${current - 1}.csv`);
      const lines = csv.bytes.toString("utf8");
      assert.equal(lines.charCodeAt(0), 0xfeff);
      const rows = lines.slice(1).trim().split("\r\n").map((line) => line.split(","));
      assert.equal(rows[0][0], text.institution);
      assert.equal(rows[rows.length - 1][0], text.total);
      assert.ok(Number(rows[rows.length - 1][4]) > 0, "hours of use in the total");
      const xlsx = await download(page, "download-xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.bytes as never);
      const sheet = workbook.worksheets[0];
      assert.equal(sheet.getRow(2).getCell(1).value, text.institution);
      assert.equal(sheet.getRow(sheet.rowCount).getCell(1).value, text.total);
      assert.equal(sheet.getRow(sheet.rowCount).getCell(5).value, Number(rows[rows.length - 1][4]));
      await page.context().close();
    });

    test("an institution admin opens the institution calendar, day and week", async () => {
      const text = TEXT[lang];
      const page = await open(lang, "facility-admin@demo.example");
      await page.goto(`${e2e.server.url}/workspace/calendar`);
      await page.getByRole("heading", { level: 1, name: text.calendar }).waitFor();
      const timeline = page.getByTestId("institution-timeline");
      await timeline.waitFor();
      assert.ok(await timeline.getByRole("row").count() > 5, "one row per instrument");
      await page.getByRole("button", { name: lang === "en" ? "Week" : "週", exact: true }).click();
      await timeline.getByRole("columnheader").nth(1).filter({ hasText: /.+/ }).waitFor();
      // The demo's upcoming bookings are three and five working days ahead: this week or the next.
      if (await timeline.locator("a.timeline-bar").count() === 0) await page.getByRole("button", { name: lang === "en" ? "Next" : "次へ", exact: true }).click();
      const booking = timeline.locator("a.timeline-bar").first();
      await booking.waitFor();
      assert.match(await booking.getAttribute("href") ?? "", /^\/reservations\/\d+$/);
      assert.deepEqual(await seriousViolations(page, `${lang} institution calendar`), []);
      await screenshot(page, `${lang}-institution-calendar`);
      await page.context().close();
      assert.deepEqual(pageErrors, []);
    });
  });
}
