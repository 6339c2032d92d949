import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { consecutiveFree, nextWeekSlots } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(7);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function api(token: string, method: string, pathname: string, body?: unknown) {
  const res = await fetch(`${e2e.server.url}/api${pathname}`, {
    method, headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function until<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("timed out");
}

/** Serious or critical axe-core (WCAG 2.x A/AA) violations of the page. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + " at " + v.nodes.map((n) => n.target.join(" ")).join(", "));
  })()`)) as string[];
}

const CASES = [
  { language: "en", email: "sme2@demo.example", fromHour: 14, bell: (n: number) => `Notifications: ${n} unread`, inbox: "Notifications", approved: /Booking approved: Transmission electron microscope/, detail: "Reservation no.", history: "Booking approved", settings: "Notification settings", mailbox: "Development mailbox" },
  { language: "ja", email: "sme@demo.example", fromHour: 10, bell: (n: number) => `お知らせ：未読 ${n} 件`, inbox: "お知らせ", approved: /予約が承認されました：透過電子顕微鏡/, detail: "予約番号", history: "予約を承認", settings: "通知設定", mailbox: "開発用メールボックス" },
] as const;

describe("notifications flow", () => {
  for (const c of CASES) {
    test(`${c.language}: a company books, staff approves; bell, inbox, the reservation's page, settings, and the e-mail in /dev/mail`, async () => {
      const company = await apiLogin(e2e.server.url, c.email);
      const staff = await apiLogin(e2e.server.url, "staff@demo.example");
      const list = (await fetch(`${e2e.server.url}/api/instruments?pageSize=100&lang=en`).then((r) => r.json())) as { items: { id: number; nameEn: string }[] };
      const tem = list.items.find((i) => i.nameEn === "Transmission electron microscope (TEM)")!.id;
      const run = consecutiveFree(await nextWeekSlots(e2e.server.url, tem), 2, c.fromHour);
      const booked = await api(company, "POST", "/reservations", { instrumentId: tem, start: run[0].start, end: run[run.length - 1].end, purpose: "Lattice imaging", assistance: { type: "operation" } });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      const id = (booked.body.reservation as { id: number }).id;
      assert.equal((await api(staff, "POST", `/reservations/${id}/approve`, {})).status, 200);
      const unread = await until(async () => {
        const inbox = await api(company, "GET", "/notifications");
        const kinds = (inbox.body.items as { kind: string; reservationId: number }[]).filter((n) => n.reservationId === id).map((n) => n.kind);
        return kinds.includes("booking_approved") ? (inbox.body.unread as number) : undefined;
      });

      const { context, page } = await newPage(e2e.browser, { locale: "en-GB", bypassCSP: true });
      await signIn(page, e2e.server.url, c.email);
      if (c.language === "ja") await page.getByRole("button", { name: "日本語" }).click();
      await page.getByRole("link", { name: c.bell(unread) }).click();
      await page.getByRole("heading", { level: 1, name: c.inbox }).waitFor();
      const approval = page.locator(".notification").filter({ hasText: c.approved }).first();
      await approval.waitFor();
      await screenshot(page, `${c.language}-inbox`, "viewport");

      await approval.getByRole("link").click();
      await page.getByRole("heading", { level: 1, name: new RegExp(`${c.detail}.*${id}`) }).waitFor();
      await page.getByTestId("reservation-history").getByText(c.history).first().waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `${c.language}-reservation-detail`);

      await page.goto(`${e2e.server.url}/settings/notifications`);
      await page.getByRole("heading", { level: 1, name: c.settings }).waitFor();
      await page.getByTestId("notification-settings").waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `${c.language}-notification-settings`);

      const subject = await until(async () => {
        await page.goto(`${e2e.server.url}/dev/mail?lang=${c.language}`);
        const link = page.getByRole("link", { name: c.approved }).first();
        return (await link.count()) > 0 ? await link.textContent() : undefined;
      });
      assert.match(subject ?? "", c.approved);
      await page.getByRole("heading", { level: 1, name: c.mailbox }).waitFor();
      await page.getByRole("link", { name: c.approved }).first().click();
      await page.getByRole("heading", { level: 1, name: c.approved }).waitFor();
      await screenshot(page, `${c.language}-mail`);
      await context.close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
