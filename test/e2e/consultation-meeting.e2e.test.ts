import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(20);

const TEXT = {
  en: {
    kind: "Kind", visit: "Visit", call: "Call (phone or online)", date: "Date", start: "Start time", end: "End time", note: "Note for the company", propose: "Propose",
    overlap: "You already have a meeting at that time. Choose another time.", cancel: /^Cancel the Visit on /, cancelled: "Cancelled",
  },
  ja: {
    kind: "種類", visit: "訪問", call: "電話・オンライン", date: "日付", start: "開始時刻", end: "終了時刻", note: "企業へのメモ", propose: "提案する",
    overlap: "その時間には別の打合せがあります。別の時間を選んでください。", cancel: /の訪問を取り消す$/, cancelled: "取消済み",
  },
} as const;

async function as(browser: Browser, email: string, language: "en" | "ja"): Promise<Page> {
  const { page } = await newPage(browser, { bypassCSP: true });
  await signIn(page, e2e.server.url, email);
  if (language === "ja") await page.getByRole("button", { name: "日本語" }).click();
  return page;
}

async function noSeriousViolations(page: Page, label: string): Promise<void> {
  assert.deepEqual((await seriousViolations(page, label)).map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
}

/** The demo request on polished wafers, assigned to 高橋 美咲 (staff@demo.example) at the university. */
async function wafersConsultation(): Promise<number> {
  const token = await apiLogin(e2e.server.url, "staff@demo.example");
  const res = await fetch(`${e2e.server.url}/api/consultations`, { headers: { authorization: `Bearer ${token}` } });
  const { items } = (await res.json()) as { items: Array<{ id: number; summary: string }> };
  const found = items.find((c) => c.summary === "Contamination spots on polished wafers");
  assert.ok(found, "the demo consultation on wafers");
  return found.id;
}

describe("staff propose a call or visit on a consultation; the company sees it; a clash is explained; staff cancel it", () => {
  for (const language of ["en", "ja"] as const) {
    test(language, async () => {
      const x = TEXT[language];
      const id = await wafersConsultation();
      const note = language === "en" ? "Please bring three wafers." : "ウェハを3枚お持ちください。";
      // A weekday well ahead, in Tokyo (a Tuesday for English, a Wednesday for Japanese): the staff member works then.
      const day = DateTime.now().setZone("Asia/Tokyo").startOf("week").plus({ weeks: 6, days: language === "en" ? 1 : 2 }).toISODate()!;

      const staff = await as(e2e.browser, "staff@demo.example", language);
      await staff.goto(`${e2e.server.url}/consultations/${id}`);
      const form = staff.getByTestId("propose-meeting");
      await form.waitFor();
      await noSeriousViolations(staff, `${language} consultation with the meeting form`);
      await form.getByRole("combobox", { name: x.kind, exact: true }).selectOption({ label: x.visit });
      await form.getByLabel(x.date, { exact: true }).fill(day);
      await form.getByLabel(x.start, { exact: true }).fill("14:00");
      await form.getByLabel(x.end, { exact: true }).fill("15:00");
      await form.getByLabel(x.note, { exact: true }).fill(note);
      await form.getByRole("button", { name: x.propose, exact: true }).click();
      const meetings = staff.getByTestId("meetings");
      await meetings.getByText(note).waitFor();
      assert.match((await meetings.textContent()) ?? "", /14:00|2:00\sPM/);
      await screenshot(staff, `${language}-consultation-meeting`, "[data-testid=meetings-panel]");

      // A second proposal over the first is refused, and the page says why.
      await form.getByRole("combobox", { name: x.kind, exact: true }).selectOption({ label: x.call });
      await form.getByLabel(x.start, { exact: true }).fill("14:30");
      await form.getByLabel(x.end, { exact: true }).fill("15:30");
      await form.getByRole("button", { name: x.propose, exact: true }).click();
      await form.getByRole("alert").filter({ hasText: x.overlap }).waitFor();
      await noSeriousViolations(staff, `${language} consultation with a meeting and an error`);

      // The company sees the visit, without a way to cancel it.
      const company = await as(e2e.browser, "sme-member2@demo.example", language);
      await company.goto(`${e2e.server.url}/consultations/${id}`);
      await company.getByTestId("meetings").getByText(note).waitFor();
      assert.equal(await company.getByRole("button", { name: x.cancel }).count(), 0);
      assert.equal(await company.getByTestId("propose-meeting").count(), 0);
      await noSeriousViolations(company, `${language} consultation with a meeting, as the company`);

      // The visit holds the staff member's day on their schedule, and opens the consultation from there.
      await staff.goto(`${e2e.server.url}/workspace/schedule?date=${day}&view=day`);
      const visit = staff.getByTestId("schedule-calendar").locator(".sched-meeting");
      await visit.waitFor();
      assert.match((await visit.textContent()) ?? "", new RegExp(`${x.visit}.*Contamination spots on polished wafers`));
      await noSeriousViolations(staff, `${language} schedule with a meeting`);
      await visit.click();
      await staff.waitForURL(`**/consultations/${id}`);

      // The staff member cancels it.
      await meetings.locator("li").filter({ hasText: note }).getByRole("button", { name: x.cancel }).click();
      await meetings.locator("li").filter({ hasText: note }).getByText(x.cancelled, { exact: true }).waitFor();
      for (const page of [staff, company]) await page.context().close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
