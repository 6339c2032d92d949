import assert from "node:assert/strict";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { DateTime } from "luxon";
import type { Browser } from "playwright-core";
import { assertNoSeriousViolations } from "./axe";
import { pageErrors, screenshot, signedInPage, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(10);

const TEXT = {
  en: {
    details: "Details", send: "Send the request", institution: /Tohoku Advanced Science University/, route: "Route", staffLabel: "Staff member", assign: "Assign",
    message: "Your message", sendMessage: "Send", instrument: "Instrument", mode: "Usage mode", hours: "Hours", validUntil: "Valid until", issue: "Issue the quote",
    answered: "Quoted", accept: "Accept this quote", accepted: "Accepted", book: /^Book this session/, purpose: "Purpose of use", safe: "My samples are not hazardous",
    confirm: "Confirm booking", confirmed: /^Reservation #(\d+) is confirmed$/, record: "Record session", save: "Save record", tax: /Consumption tax 10%/,
  },
  ja: {
    details: "詳しい内容", send: "相談を送信", institution: /東北先端科学大学/, route: "回付する", staffLabel: "担当職員", assign: "指定する",
    message: "メッセージ", sendMessage: "送信", instrument: "機器", mode: "利用形態", hours: "時間", validUntil: "有効期限", issue: "見積を発行",
    answered: "見積提示", accept: "この見積を承諾する", accepted: "承諾済み", book: /^この内容で予約/, purpose: "利用目的", safe: "試料に危険性はありません",
    confirm: "予約を確定する", confirmed: /^予約 #(\d+) が確定しました$/, record: "利用を記録", save: "記録を保存", tax: /10%/,
  },
} as const;

const as = (browser: Browser, email: string, language: "en" | "ja") => signedInPage(browser, e2e.server.url, email, language);
const noSeriousViolations = assertNoSeriousViolations;

/** The FE-SEM of Tohoku Advanced Science University, which offers staff operation. */
async function feSemId(): Promise<number> {
  const res = await fetch(`${e2e.server.url}/api/instruments?q=FE-SEM`);
  const { items } = (await res.json()) as { items: Array<{ id: number; nameEn: string }> };
  const found = items.find((i) => i.nameEn.includes("FE-SEM"));
  assert.ok(found, "the demo FE-SEM");
  return found.id;
}

/**
 * The booked session took place: the test moves it into the past in the server's database, as time would, so that
 * staff can record it (a session is recorded only once it has started).
 */
function holdSession(reservationId: number): void {
  const db = new Database(e2e.server.dbFile);
  try {
    // To the night before last, 02:00 in Tokyo (17:00 UTC), whatever start the form offered first: a session is
    // recorded once it has started, and nothing else is booked at night.
    db.prepare(
      `UPDATE reservation SET starts_at = date('now', '-2 days') || ' 17:00:00.000', ` +
        `ends_at = strftime('%Y-%m-%d %H:%M:%f', date('now', '-2 days') || ' 17:00:00', '+' || CAST(ROUND((julianday(ends_at) - julianday(starts_at)) * 86400) AS INTEGER) || ' seconds') WHERE id = ?`,
    ).run(reservationId);
  } finally {
    db.close();
  }
}

describe("from a need the catalogue cannot answer to a recorded session: consultation, routing, quote, booking", () => {
  for (const language of ["en", "ja"] as const) {
    test(language, async () => {
      const x = TEXT[language];
      const need = language === "en" ? "Veneer delamination on zirconia crowns" : "ジルコニア冠の前装材が剥がれる";
      const purpose = `Quoted session (${language}): shear bond and SEM of the interface`;

      // The company searches; nothing in Okinawa answers; it asks from the empty state, the form carries its words.
      const company = await as(e2e.browser, "sme@demo.example", language);
      await company.goto(`${e2e.server.url}/?q=${encodeURIComponent(need)}&prefecture=Okinawa`);
      await company.getByTestId("ask-staff").click();
      const form = company.getByTestId("consultation-form");
      await form.waitFor();
      assert.equal(await form.locator("input").first().inputValue(), need);
      await noSeriousViolations(company, `${language} new consultation`);
      await company.getByLabel(x.details).fill("Veneers on zirconia crowns come off after thermal cycling. What should we measure?");
      await company.getByRole("button", { name: x.send }).click();
      await company.getByTestId("consultation").waitFor();
      const id = Number(new URL(company.url()).pathname.split("/").pop());
      assert.ok(id > 0);
      assert.equal(await company.getByRole("heading", { level: 1 }).textContent(), need);

      // The coordinator routes it to the university.
      const coordinator = await as(e2e.browser, "coordinator@demo.example", language);
      await coordinator.goto(`${e2e.server.url}/consultations/${id}`);
      await coordinator.getByTestId("route-panel").getByLabel(x.institution).check();
      await coordinator.getByRole("button", { name: x.route, exact: true }).click();
      await coordinator.getByTestId("timeline").getByText(x.institution).waitFor();

      // The institution admin assigns 高橋 美咲.
      const admin = await as(e2e.browser, "facility-admin@demo.example", language);
      await admin.goto(`${e2e.server.url}/consultations/${id}`);
      await admin.getByRole("combobox", { name: x.staffLabel, exact: true }).selectOption({ label: "高橋 美咲" });
      await admin.getByRole("button", { name: x.assign, exact: true }).click();
      await admin.getByTestId("consultation").getByText("高橋 美咲").first().waitFor();

      // The staff member replies and quotes two hours of staff operation on the FE-SEM.
      const staff = await as(e2e.browser, "staff@demo.example", language);
      await staff.goto(`${e2e.server.url}/consultations/${id}`);
      await staff.getByRole("textbox", { name: x.message, exact: true }).fill("Shear bond testing after thermal cycling, then SEM of the interface. A quote follows.");
      await staff.getByRole("button", { name: x.sendMessage, exact: true }).click();
      await staff.getByTestId("message").first().waitFor();
      await staff.getByRole("combobox", { name: x.instrument, exact: true }).selectOption(String(await feSemId()));
      await staff.getByRole("combobox", { name: x.mode, exact: true }).selectOption("operation");
      await staff.getByRole("spinbutton", { name: x.hours, exact: true }).fill("2");
      await staff.getByLabel(x.validUntil, { exact: true }).fill(DateTime.now().setZone("Asia/Tokyo").plus({ days: 30 }).toISODate()!);
      await staff.getByRole("button", { name: x.issue }).click();
      await staff.locator(".quote-document").first().waitFor();

      // The company sees the answer and the quote with tax, and accepts it.
      await company.reload();
      await company.getByTestId("message").first().waitFor();
      assert.equal(await company.getByTestId("consultation-status").textContent(), x.answered);
      const quote = company.locator(".quote-document").first();
      await quote.waitFor();
      assert.match((await quote.locator("tfoot").textContent()) ?? "", x.tax);
      assert.match((await quote.locator(".quote-total").textContent()) ?? "", /[¥￥][\d,]+/);
      await noSeriousViolations(company, `${language} consultation with quote`);
      await screenshot(company, `${language}-consultation-thread`);
      await screenshot(company, `${language}-quote`, ".quotes-panel");
      await company.getByRole("button", { name: x.accept }).click();
      await quote.getByText(x.accepted, { exact: true }).waitFor();

      // It books the quoted session: the form opens on the quote's mode and duration; it picks a start time.
      await company.getByRole("link", { name: x.book }).click();
      await company.waitForURL(/\/instruments\/\d+\?quote=\d+/);
      const start = company.locator(".start-time").first();
      await start.click();
      await company.getByLabel(x.purpose).fill(purpose);
      await company.getByLabel(x.safe).check();
      await company.getByRole("button", { name: x.confirm }).click();
      const done = company.getByRole("heading", { name: x.confirmed });
      await done.waitFor();
      const reservationId = Number(x.confirmed.exec((await done.textContent()) ?? "")?.[1]);
      assert.ok(reservationId > 0);

      // Once it took place, the staff member records it on the approvals & sessions page.
      holdSession(reservationId);
      await staff.goto(`${e2e.server.url}/workspace/approvals`);
      const card = staff.getByTestId("reservation-details").filter({ hasText: purpose });
      await card.getByRole("button", { name: x.record }).click();
      await card.getByRole("button", { name: x.save }).click();
      await card.waitFor({ state: "detached" });

      // The list of consultations.
      await coordinator.goto(`${e2e.server.url}/consultations`);
      await coordinator.getByTestId("consultations").getByText(need).waitFor();
      await noSeriousViolations(coordinator, `${language} consultations`);
      await screenshot(coordinator, `${language}-consultations`);
      for (const page of [company, coordinator, admin, staff]) await page.context().close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
