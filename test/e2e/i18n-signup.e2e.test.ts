import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { consecutiveFree, dragSelect, nextWeekSlots } from "./calendar";
import { newPage, pageErrors, screenshot, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(1);

describe("languages", () => {
  test("switching to Japanese shows Japanese labels everywhere and is remembered", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await page.goto(`${e2e.server.url}/?q=SEM`);
    await page.getByRole("heading", { level: 1, name: "Find an instrument" }).waitFor();
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("heading", { level: 1, name: "機器をさがす" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.ok(await page.getByRole("link", { name: "ログイン" }).isVisible());
    assert.ok(await page.getByLabel("分析手法").isVisible());
    await page.getByText(/^\d+ 件の機器$/).waitFor();
    // Instrument names come from the API in Japanese too.
    await page.getByRole("link", { name: "電界放出形走査電子顕微鏡 (FE-SEM)", exact: true }).waitFor();
    await screenshot(page, "ja-catalogue", "viewport");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "機器をさがす" }).waitFor();

    // Sign in (in Japanese) and see the instrument page, the booking form and the reservations in Japanese.
    await page.getByRole("link", { name: "ログイン" }).click();
    await page.getByLabel("メールアドレス").fill("sme@demo.example");
    await page.getByLabel("パスワード", { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.getByRole("button", { name: "ログアウト" }).waitFor();
    await page.getByRole("link", { name: "電界放出形走査電子顕微鏡 (FE-SEM)", exact: true }).click();
    await page.getByRole("heading", { name: "予約のルール" }).waitFor();
    await page.getByRole("button", { name: /次の週/ }).click();
    await page.locator(".slot-free").first().waitFor();
    const instrumentId = Number(new URL(page.url()).pathname.split("/").pop());
    const run = consecutiveFree(await nextWeekSlots(e2e.server.url, instrumentId), 2, 13);
    await dragSelect(page, run[0], run[1]);
    await page.getByTestId("selected-range").waitFor();
    assert.match(await page.getByTestId("selected-range").textContent() ?? "", /\d+年\d+月\d+日/);
    await screenshot(page, "ja-instrument");
    await page.getByLabel("利用目的").fill("めっき皮膜のひび割れ観察");
    await page.getByLabel("試料に危険性はありません").check();
    assert.match(await page.getByTestId("price-total").textContent() ?? "", /^[¥￥]10,000$/);
    await screenshot(page, "ja-booking-form", ".booking-layout");
    await page.getByRole("button", { name: "予約を確定する" }).click();
    await page.getByRole("heading", { name: /^予約 #\d+ が確定しました$/ }).waitFor();
    await page.getByRole("link", { name: "予約一覧を見る" }).click();
    await page.getByRole("heading", { level: 1, name: "予約一覧" }).waitFor();
    await page.getByTestId("reservation").first().waitFor();
    assert.ok(await page.getByText("確定", { exact: true }).first().isVisible());
    await screenshot(page, "ja-reservations");
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test("a viewer in another time zone is told the times are the institution's", async () => {
    const { context, page } = await newPage(e2e.browser, { locale: "en-GB", timezoneId: "Europe/London" });
    await page.goto(`${e2e.server.url}/?q=FE-SEM`);
    await page.getByRole("link", { name: "Field-emission scanning electron microscope (FE-SEM)", exact: true }).click();
    await page.getByText(/Your time zone is Europe\/London/).waitFor();
    await page.getByText(/Asia\/Tokyo \(UTC\+9\)/).waitFor();
    await context.close();
  });
});

describe("sign-up", () => {
  test("a new company signs up with clear validation messages and is signed in", async () => {
    const { context, page } = await newPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole("link", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Create a company account" }).waitFor();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Please correct the highlighted fields.").waitFor();
    assert.equal(await page.getByText("Required.").count(), 5); // names, the customer type, the terms and the empty confirmation: nothing is assumed
    await page.getByText("Enter a valid email address.").waitFor();

    await page.getByLabel("Company name").fill("Sendai Surface Lab Co.");
    await page.getByLabel("Contact person").fill("Aiko Mori");
    await page.getByRole("radio", { name: /^SME/ }).check();
    await page.getByLabel(/I have read and accept the terms of use/).check();
    await page.getByLabel("Email").fill("sme@demo.example");
    await page.getByLabel("Password", { exact: true }).fill("a-long-password");
    await page.getByLabel("Confirm password").fill("a-long-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("An account with this email already exists. Sign in instead.").waitFor();

    await page.getByLabel("Email").fill(`aiko.mori+${Date.now()}@example.com`);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    assert.ok(await page.getByText("Aiko Mori").isVisible());
    await page.getByRole("link", { name: "My reservations" }).click();
    await page.getByText("No reservations here yet.").waitFor();

    await page.goto(`${e2e.server.url}/`);
    await page.getByText(/^\d+ instruments$/).waitFor();
    await screenshot(page, "en-catalogue", "viewport");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("heading", { level: 1, name: "Find an instrument" }).waitFor();
    await screenshot(page, "en-catalogue-phone", "viewport");
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
