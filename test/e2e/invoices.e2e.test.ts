import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import type { Browser, Page } from "playwright-core";
import { newPage, pageErrors, screenshot, SCREENSHOTS, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(0);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical axe-core violations (WCAG 2.x A/AA) on the page. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + " " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));
  })()`)) as string[];
  return found;
}

const TEXT = {
  en: { pdf: "Download PDF", japanese: false, record: "Record session", save: "Save record", runs: "Invoices", run: "Run invoices for this month", preview: "Preview", issue: "Issue", view: "View / print", charges: "Charges and invoices" },
  ja: { pdf: "PDFをダウンロード", japanese: true, record: "利用を記録", save: "記録を保存", runs: "請求書", run: "この月の請求処理を実行", preview: "確認", issue: "発行", view: "表示・印刷", charges: "利用料金・請求書" },
} as const;

/** The demo's two FE-SEM sessions waiting to be recorded: Aoba's yesterday, Kitakami's the day before. */
const CASES = [
  { language: "en" as const, member: "sme2@demo.example", company: "Kitakami", daysAgo: 2 },
  { language: "ja" as const, member: "sme@demo.example", company: "青葉", daysAgo: 1 },
];

/** The company downloads the server's PDF: its text (poppler's pdftotext) has the number, 登録番号 and 御中; page 1 becomes a screenshot. */
async function downloadPdf(page: Page, language: "en" | "ja", number: string, label: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label }).click()]);
  assert.equal(download.suggestedFilename(), language === "ja" ? `請求書_${number}.pdf` : `invoice-${number}.pdf`);
  const file = path.join(os.tmpdir(), `e2e-${process.pid}-${language}.pdf`);
  await download.saveAs(file);
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
  assert.ok(text.includes(number), text);
  assert.match(text, language === "ja" ? /請\s*求\s*書[\s\S]*御中[\s\S]*登録番号: T\d{13}[\s\S]*10%対象/ : /Invoice[\s\S]*Registration no\.: T\d{13}[\s\S]*Subject to 10%/);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, path.join(SCREENSHOTS, `${language}-invoice-pdf`)]);
  fs.rmSync(file);
}

async function open(browser: Browser, email: string, language: "en" | "ja") {
  const { context, page } = await newPage(browser, { bypassCSP: true });
  await signIn(page, e2e.server.url, email);
  if (language === "ja") await page.getByRole("button", { name: "日本語" }).click();
  return { context, page };
}

describe("invoices: staff record a session, the admin runs and issues the month's invoice, the company sees it", () => {
  for (const { language, member, company, daysAgo } of CASES) {
    test(language, async () => {
      const text = TEXT[language];
      const month = DateTime.now().setZone("Asia/Tokyo").startOf("day").minus({ days: daysAgo }).toFormat("yyyy-MM");

      const staff = await open(e2e.browser, "staff@demo.example", language);
      await staff.page.goto(`${e2e.server.url}/workspace/approvals`);
      const card = staff.page.getByTestId("reservation-details").filter({ hasText: "Cross-section imaging" }).filter({ hasText: company });
      await card.getByRole("button", { name: text.record }).click();
      await card.getByRole("button", { name: text.save }).click();
      // A recorded session leaves the list of sessions to record.
      await card.waitFor({ state: "detached" });
      await staff.context.close();

      const admin = await open(e2e.browser, "facility-admin@demo.example", language);
      await admin.page.goto(`${e2e.server.url}/workspace/invoices?month=${month}`);
      await admin.page.getByRole("heading", { level: 1, name: text.runs }).waitFor();
      assert.equal(await admin.page.getByTestId("run-month").inputValue(), month);
      await admin.page.getByRole("button", { name: text.run }).click();
      const row = admin.page.getByTestId("invoice-runs").locator("tr").filter({ hasText: company });
      await row.getByRole("link", { name: text.preview }).click();
      await admin.page.getByTestId("invoice-document").waitFor();
      assert.equal(await admin.page.getByTestId("invoice-number").textContent(), "—");
      await admin.page.goBack();
      await row.getByRole("button", { name: text.issue }).click();
      await row.getByRole("link", { name: text.view }).waitFor();
      const number = (await row.locator("td").nth(1).textContent())?.trim() ?? "";
      assert.match(number, /^TASU-\d{4}-\d{6}$/);
      await row.getByRole("link", { name: text.view }).click();
      assert.equal(await admin.page.getByTestId("invoice-number").textContent(), number);
      assert.match((await admin.page.getByText(month, { exact: true }).textContent()) ?? "", new RegExp(month));
      await admin.page.goBack();
      await admin.page.getByRole("heading", { level: 1, name: text.runs }).waitFor();
      assert.deepEqual(await seriousViolations(admin.page), []);
      await admin.context.close();

      const member_ = await open(e2e.browser, member, language);
      // The company finds its page from its reservations.
      await member_.page.goto(`${e2e.server.url}/reservations`);
      await member_.page.getByRole("link", { name: text.charges }).click();
      await member_.page.getByRole("heading", { level: 1, name: text.charges }).waitFor();
      await member_.page.goto(`${e2e.server.url}/billing?month=${month}`);
      await member_.page.getByRole("heading", { level: 1, name: text.charges }).waitFor();
      await member_.page.getByTestId("charges").getByText("機器利用").first().waitFor();
      const link = member_.page.getByTestId("company-invoices").getByRole("link", { name: number });
      await link.waitFor();
      assert.deepEqual(await seriousViolations(member_.page), []);
      await screenshot(member_.page, `${language}-charges`);
      await link.click();
      const document = member_.page.getByTestId("invoice-document");
      await document.waitFor();
      assert.equal(await member_.page.getByTestId("invoice-number").textContent(), number);
      assert.match((await member_.page.getByTestId("invoice-registration").textContent()) ?? "", /^T\d{13}$/);
      if (text.japanese) assert.match((await document.textContent()) ?? "", /御中[\s\S]*登録番号[\s\S]*税率ごとの合計/);
      assert.deepEqual(await seriousViolations(member_.page), []);
      await screenshot(member_.page, `${language}-invoice`);
      await downloadPdf(member_.page, language, number, text.pdf);
      await member_.context.close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
