import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(0);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const PASSWORD = "violet harbour lantern 42";

/** axe-core (WCAG 2.x A/AA): the serious and critical violations of the page as it is now. */
async function assertAccessible(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + " at " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));
  })()`)) as string[];
  assert.deepEqual(violations, [], `axe ${label}`);
}

/** Sends the invite form and returns the link shown once. */
async function invite(page: Page, email: string, role: string, labels: { email: string; role: string; send: string }): Promise<string> {
  await page.getByTestId("invite-form").getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByTestId("invite-form").getByLabel(labels.role).selectOption({ label: role });
  await page.getByRole("button", { name: labels.send }).click();
  const url = await page.getByTestId("invitation-url").inputValue();
  assert.match(url, /\/invite\/[A-Za-z0-9_-]{43}$/);
  await page.getByTestId("invitations").getByText(email).waitFor();
  return url;
}

/** Opens an invitation link in a fresh browser and accepts it. */
async function accept(browser: Browser, url: string, name: string, texts: { name: string; password: string; confirm: string; submit: string }, shot?: string, locale = "en-US") {
  const { context, page } = await newPage(browser, { bypassCSP: true, locale });
  await page.goto(url);
  await page.getByTestId("invitation-summary").waitFor();
  if (locale.startsWith("ja")) assert.match(await page.getByTestId("invitation-summary").textContent() ?? "", /招待されています/);
  if (shot) await screenshot(page, shot);
  await assertAccessible(page, "accept page");
  await page.getByLabel(texts.name).fill(name);
  await page.getByLabel(texts.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(texts.confirm).fill(PASSWORD);
  await page.getByRole("button", { name: texts.submit }).click();
  return { context, page };
}

const EN = { email: "E-mail", role: "Role", send: "Send invitation" };
const EN_ACCEPT = { name: "Your name", password: "Password", confirm: "Password again", submit: "Create my account" };
const JA = { email: "メールアドレス", role: "権限", send: "招待を送る" };
const JA_ACCEPT = { name: "氏名", password: "パスワード", confirm: "パスワード（確認）", submit: "アカウントを作成" };

describe("organisations", () => {
  test("en: the coordinator creates an institution and invites its admin, who invites a staff member; both accept", async () => {
    const { context, page } = await newPage(e2e.browser, { bypassCSP: true });
    await signIn(page, e2e.server.url, "coordinator@demo.example");
    await page.goto(`${e2e.server.url}/workspace/institutions`);
    await page.getByRole("heading", { level: 1, name: "Institutions" }).waitFor();
    await page.getByRole("link", { name: "Add an institution" }).click();
    await page.getByLabel("Name (Japanese)").fill("北上工業高等専門学校");
    await page.getByLabel("Name (English)").fill("Kitakami KOSEN");
    await page.getByLabel("Kind").selectOption("kosen");
    await page.getByLabel("Prefecture").selectOption("Iwate");
    await page.getByLabel("Qualified-invoice registration number").fill("T1000012050002");
    await page.getByRole("button", { name: "Create institution" }).click();
    await page.getByText("Please correct the highlighted fields.").waitFor();
    await page.getByLabel("Qualified-invoice registration number").fill("T7000012050002");
    await page.getByRole("button", { name: "Create institution" }).click();
    await page.getByRole("heading", { level: 1, name: "Institution: Kitakami KOSEN" }).waitFor();
    const adminLink = await invite(page, "admin@kitakami-kosen.example", "Admin", EN);
    await assertAccessible(page, "institution editor");
    await page.getByRole("link", { name: "Back to the list" }).click();
    await page.getByRole("link", { name: "Kitakami KOSEN" }).waitFor();
    await assertAccessible(page, "institutions");
    await screenshot(page, "en-institutions");
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("heading", { level: 1, name: "参加機関" }).waitFor();
    await screenshot(page, "ja-institutions");
    await context.close();

    const admin = await accept(e2e.browser, adminLink, "Aiko Chiba", EN_ACCEPT, "en-invite-accept");
    await admin.page.getByRole("button", { name: "Sign out" }).waitFor();
    await admin.page.goto(`${e2e.server.url}/workspace/institutions`);
    await admin.page.getByRole("heading", { level: 1, name: "Institution: Kitakami KOSEN" }).waitFor();
    assert.ok(await admin.page.getByLabel("Name (English)").isDisabled());
    const staffLink = await invite(admin.page, "tech@kitakami-kosen.example", "Technical staff", EN);
    await admin.context.close();

    const staff = await accept(e2e.browser, staffLink, "Ren Sato", EN_ACCEPT);
    await staff.page.getByRole("button", { name: "Sign out" }).waitFor();
    await staff.page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "My schedule" }).waitFor();
    const again = await newPage(e2e.browser);
    await again.page.goto(staffLink);
    await again.page.getByText("This invitation has already been used.", { exact: false }).waitFor();
    await again.context.close();
    await staff.context.close();
    assert.deepEqual(pageErrors, []);
  });

  test("ja: a company admin invites a colleague, who accepts and opens the catalogue", async () => {
    const { context, page } = await newPage(e2e.browser, { bypassCSP: true });
    await signIn(page, e2e.server.url, "sme@demo.example");
    await page.getByRole("button", { name: "日本語" }).click();
    // The company's page (the account name in the header) leads its admin to the members page.
    await page.locator(".site-header a.account-name").click();
    await page.getByRole("link", { name: "メンバーの招待・管理" }).click();
    await page.getByRole("heading", { level: 1, name: "メンバー" }).waitFor();
    await page.getByTestId("members").getByText("sme@demo.example").waitFor();
    const link = await invite(page, "colleague@aoba.example", "メンバー", JA);
    await assertAccessible(page, "company members");
    await screenshot(page, "ja-company-members");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Company members" }).waitFor();
    await screenshot(page, "en-company-members");
    await context.close();

    const accepted = await accept(e2e.browser, link, "田中 花子", JA_ACCEPT, "ja-invite-accept", "ja-JP");
    await accepted.page.getByRole("heading", { level: 1, name: "機器をさがす" }).waitFor();
    await accepted.page.locator('main a[href^="/instruments/"]').first().click();
    await accepted.page.getByRole("heading", { name: "予約のルール" }).waitFor();
    await accepted.context.close();
    assert.deepEqual(pageErrors, []);
  });
});
