import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { consecutiveFree, dragSelect, nextWeekSlots } from "./calendar";
import { newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(0);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical WCAG 2.x A/AA violations on the page as it is. */
async function axeSerious(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const ids = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + " " + v.nodes.map((n) => n.target.join(" ")).join(", "));
  })()`)) as string[];
  return ids;
}

const TEXT = {
  en: {
    signUp: "Create account", company: "Company name", contact: "Contact person", email: "Email", password: "Password", confirm: "Confirm password",
    large: /^Large company/, terms: /I have read and accept the terms of use/, signOut: "Sign out", purpose: "Purpose of use", harmless: /My samples are not hazardous/,
    book: "Confirm booking", provisional: /\(provisional\)/, pendingTitle: /awaiting approval/, verifyTitle: "Verify companies", verify: "Verify",
    approvals: "Approvals & sessions", approve: "Approve", companyTitle: "Company", termsTitle: "Terms of use", unverified: "Unverified",
  },
  ja: {
    signUp: "登録する", company: "会社名", contact: "担当者名", email: "メールアドレス", password: "パスワード", confirm: "パスワード（確認）",
    large: /^大企業/, terms: /利用規約（第1版）を読み、同意します/, signOut: "ログアウト", purpose: "利用目的", harmless: /試料に危険性はありません/,
    book: "予約を確定する", provisional: /（暫定）/, pendingTitle: /承認待ち/, verifyTitle: "企業の確認", verify: "確認する",
    approvals: "承認・利用記録", approve: "承認する", companyTitle: "企業情報", termsTitle: "利用規約", unverified: "未確認",
  },
};

for (const language of ["en", "ja"] as const) {
  describe(`companies (${language})`, () => {
    test("a large company signs up unverified, books pending at a provisional price; the coordinator verifies it, staff approve", async () => {
      const x = TEXT[language];
      const email = `buyer-${language}-${Date.now()}@bigcorp.example`;
      const { context, page } = await newPage(e2e.browser, { locale: language === "ja" ? "ja-JP" : "en-US", bypassCSP: true });
      await page.goto(`${e2e.server.url}/signup`);
      await page.getByLabel(x.company, { exact: true }).fill(language === "ja" ? "大手化学株式会社" : "BigCorp Chemicals KK");
      await page.getByLabel(x.contact).fill(language === "ja" ? "山田 太郎" : "Taro Yamada");
      await page.getByRole("radio", { name: x.large }).check();
      await page.getByLabel(/Regular employees|常時使用する従業員数/).fill("1200");
      await page.getByLabel(x.email).fill(email);
      await page.getByLabel(x.password, { exact: true }).fill("a-long-password");
      await page.getByLabel(x.confirm).fill("a-long-password");
      await page.getByLabel(x.terms).check();
      await page.getByRole("button", { name: x.signUp }).last().click();
      await page.getByRole("button", { name: x.signOut }).waitFor();

      // Its company page: unverified, read by its admin.
      await page.locator(".account-name").click();
      await page.getByRole("heading", { level: 1, name: new RegExp(x.companyTitle) }).waitFor();
      await page.getByText(x.unverified).first().waitFor();
      await screenshot(page, `${language}-company-profile`);
      assert.deepEqual(await axeSerious(page), []);

      // Book staff operation on the FE-SEM: pending, the price provisional.
      await page.goto(`${e2e.server.url}/instruments/1`);
      await page.getByRole("button", { name: /Next week|次の週/ }).click();
      await page.locator(".slot-free").first().waitFor();
      const run = consecutiveFree(await nextWeekSlots(e2e.server.url, 1), 2, language === "ja" ? 14 : 10);
      await dragSelect(page, run[0], run[1]);
      await page.getByTestId("selected-range").waitFor();
      assert.match(await page.getByTestId("price-total").textContent() ?? "", x.provisional);
      await page.getByLabel(x.purpose).fill("Crack inspection");
      await page.getByLabel(x.harmless).check();
      await page.getByRole("button", { name: x.book }).click();
      await page.getByRole("heading", { name: x.pendingTitle }).waitFor();
      assert.match(await page.getByTestId("booking-confirmation").textContent() ?? "", x.provisional);
      await context.close();

      // The coordinator verifies it as a large company.
      const coordinator = await newPage(e2e.browser, { locale: language === "ja" ? "ja-JP" : "en-US", bypassCSP: true });
      await signInAs(coordinator.page, language, "coordinator@demo.example");
      await coordinator.page.goto(`${e2e.server.url}/workspace/companies`);
      await coordinator.page.getByRole("heading", { level: 1, name: x.verifyTitle }).waitFor();
      const card = coordinator.page.getByTestId("company-to-verify").filter({ hasText: language === "ja" ? "大手化学株式会社" : "BigCorp Chemicals KK" });
      await card.waitFor();
      await screenshot(coordinator.page, `${language}-verify-companies`);
      assert.deepEqual(await axeSerious(coordinator.page), []);
      await card.getByRole("button", { name: x.verify }).click();
      await coordinator.page.getByRole("status").filter({ hasText: language === "ja" ? "大手化学株式会社" : "BigCorp Chemicals KK" }).waitFor();

      // The terms page, as the coordinator sees it.
      await coordinator.page.goto(`${e2e.server.url}/terms`);
      await coordinator.page.getByRole("heading", { level: 1, name: x.termsTitle }).waitFor();
      await coordinator.page.locator(".terms-text").waitFor();
      await screenshot(coordinator.page, `${language}-terms`);
      assert.deepEqual(await axeSerious(coordinator.page), []);
      await coordinator.page.goto(`${e2e.server.url}/workspace/terms`);
      await coordinator.page.locator("textarea").first().waitFor();
      assert.deepEqual(await axeSerious(coordinator.page), []);
      await coordinator.context.close();

      // A staff member approves it.
      const staff = await newPage(e2e.browser, { locale: language === "ja" ? "ja-JP" : "en-US" });
      await signInAs(staff.page, language, "staff@demo.example");
      await staff.page.goto(`${e2e.server.url}/workspace/approvals`);
      const pending = staff.page.getByTestId("reservation-details").filter({ hasText: language === "ja" ? "大手化学株式会社" : "BigCorp Chemicals KK" });
      await pending.getByTestId("customer-type").filter({ hasText: language === "ja" ? "確認済み" : "Verified" }).waitFor();
      await pending.getByRole("button", { name: x.approve, exact: true }).click();
      await staff.page.getByRole("status").filter({ hasText: language === "ja" ? "大手化学株式会社" : "BigCorp Chemicals KK" }).waitFor();
      await staff.context.close();
      assert.deepEqual(pageErrors, []);
    });
  });
}

/** Signs in with a demo account in the language of the test. */
async function signInAs(page: Page, language: "en" | "ja", email: string): Promise<void> {
  if (language === "en") return signIn(page, e2e.server.url, email);
  await page.goto(`${e2e.server.url}/login`);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill("demo-password");
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.getByRole("button", { name: "ログアウト" }).waitFor();
}
