import assert from "node:assert/strict";
import { describe, test } from "node:test";
import sharp from "sharp";
import type { Browser } from "playwright-core";
import { consecutiveFree, dragSelect, nextWeekSlots } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(16);
const PASSWORD = "violet harbour lantern 42";

async function post(path: string, token: string, body: unknown): Promise<Record<string, any>> {
  const res = await fetch(`${e2e.server.url}${path}`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Record<string, any>;
}

/** Opens an invitation link in a fresh browser and accepts it (setting the password); the session starts. */
async function accept(browser: Browser, url: string, name: string, language: "en" | "ja") {
  const texts = language === "en"
    ? { name: "Your name", password: "Password", confirm: "Password again", submit: "Create my account", signOut: "Sign out" }
    : { name: "氏名", password: "パスワード", confirm: "パスワード（確認）", submit: "アカウントを作成", signOut: "ログアウト" };
  const { context, page } = await newPage(browser, { locale: language === "en" ? "en-US" : "ja-JP" });
  await page.goto(url);
  await page.getByTestId("invitation-summary").waitFor();
  await page.getByLabel(texts.name).fill(name);
  await page.getByLabel(texts.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(texts.confirm).fill(PASSWORD);
  await page.getByRole("button", { name: texts.submit }).click();
  await page.getByRole("button", { name: texts.signOut }).waitFor();
  return { context, page };
}

const photo = () => sharp({ create: { width: 1200, height: 800, channels: 3, background: "#264653" } }).jpeg().toBuffer();

describe("organisations, day one", () => {
  test("en: a new institution's admin accepts the invitation, adds an instrument with a photo, and the catalogue shows it", async () => {
    const coordinator = await apiLogin(e2e.server.url, "coordinator@demo.example");
    const { institution } = await post("/api/institutions", coordinator, { nameJa: "三陸海洋技術センター", nameEn: "Sanriku Marine Technology Centre", kind: "prefectural_tech_center", prefecture: "Iwate" });
    const { invitation } = await post(`/api/institutions/${institution.id}/invitations`, coordinator, { email: "admin@sanriku-tech.example", role: "admin" });

    const { context, page } = await accept(e2e.browser, invitation.url, "Kenji Oikawa", "en");
    await page.goto(`${e2e.server.url}/workspace/instruments`);
    await page.getByRole("link", { name: "New instrument" }).click();
    await page.getByRole("heading", { level: 1, name: "New instrument" }).waitFor();
    await page.getByLabel("Name (Japanese)").fill("三次元測定機");
    await page.getByLabel("Name (English)").fill("Coordinate measuring machine");
    await page.getByLabel("Manufacturer").fill("Mitutoyo");
    await page.getByLabel("Model").fill("CRYSTA-Apex V");
    await page.getByLabel("Description (Japanese)").fill("部品の寸法と形状を高精度に測定します。");
    await page.getByLabel("Description (English)").fill("Measures the dimensions and form of parts with micrometre accuracy.");
    await page.getByLabel("Building").fill("Main building");
    await page.getByLabel("Room").fill("104");
    await page.getByLabel("Academic (¥/h)").fill("1000");
    await page.getByLabel("Large company (¥/h)").fill("6000");
    await page.getByLabel("SME (¥/h)").fill("3000");
    await page.getByLabel("Staff assistance (¥/h extra)").fill("2500");
    await page.getByRole("button", { name: "Create instrument" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit: Coordinate measuring machine" }).waitFor();

    const panel = page.getByTestId("photos-panel");
    const form = page.getByTestId("add-photo");
    await form.getByLabel("Photo file").setInputFiles({ name: "cmm.jpg", mimeType: "image/jpeg", buffer: await photo() });
    await form.getByLabel("Description for screen readers (English)").fill("The measuring machine on its granite table");
    await form.getByLabel("Description for screen readers (Japanese)").fill("石定盤の上の三次元測定機");
    await form.getByRole("button", { name: "Upload photo" }).click();
    await panel.getByText("Photo uploaded.").waitFor();
    await panel.getByText("Main photo").waitFor();

    await page.goto(`${e2e.server.url}/?q=${encodeURIComponent("Coordinate measuring")}`);
    const card = page.getByTestId("instrument-card").filter({ hasText: "Coordinate measuring machine" }).first();
    await card.getByRole("img", { name: "The measuring machine on its granite table" }).waitFor();
    await card.getByText("Sanriku Marine Technology Centre").waitFor();
    await context.close();
    assert.deepEqual(pageErrors, []);
  });

  test("ja: a company admin invites a colleague, who accepts, accepts the terms of use in the booking form and books", async () => {
    const admin = await apiLogin(e2e.server.url, "sme@demo.example");
    const me = (await fetch(`${e2e.server.url}/api/auth/me`, { headers: { Authorization: `Bearer ${admin}` } }).then((r) => r.json())) as { user?: { companyId: number }; companyId?: number };
    const companyId = me.user?.companyId ?? me.companyId;
    const { invitation } = await post(`/api/companies/${companyId}/invitations`, admin, { email: "newcolleague@aoba.example", role: "member" });

    const { context, page } = await accept(e2e.browser, invitation.url, "佐藤 健", "ja");
    const { items } = (await fetch(`${e2e.server.url}/api/instruments?pageSize=100&lang=en`).then((r) => r.json())) as { items: { id: number; nameEn: string }[] };
    const fesem = items.find((i) => i.nameEn.startsWith("Field-emission scanning electron microscope"))!.id;
    await page.goto(`${e2e.server.url}/instruments/${fesem}`);
    await page.getByRole("button", { name: /次の週/ }).click();
    await page.locator(".slot-free").first().waitFor();
    const run = consecutiveFree(await nextWeekSlots(e2e.server.url, fesem), 2, 15);
    await dragSelect(page, run[0], run[1]);
    await page.getByTestId("selected-range").waitFor();
    await page.getByLabel("利用目的").fill("接合部の断面観察");
    await page.getByLabel(/試料に危険性はありません/).check();
    // Switching the language keeps the half-filled booking.
    await page.getByRole("button", { name: "English" }).click();
    assert.equal(await page.getByLabel("Purpose of use").inputValue(), "接合部の断面観察");
    await page.getByTestId("selected-range").waitFor();
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByLabel("利用目的").waitFor();
    const gate = page.getByTestId("terms-gate");
    await gate.waitFor();
    assert.ok(await page.getByRole("button", { name: "予約を確定する" }).isDisabled(), "booking waits for the terms");
    await screenshot(page, "ja-terms-gate", ".booking-panel");
    await gate.getByRole("button", { name: /利用規約（第\d+版）に同意します/ }).click();
    await gate.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "予約を確定する" }).click();
    await page.getByRole("heading", { name: /^予約 #\d+/ }).waitFor();
    await context.close();
    assert.deepEqual(pageErrors, []);
  });
});
