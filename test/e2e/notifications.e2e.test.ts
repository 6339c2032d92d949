import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { simpleParser } from "mailparser";
import { consecutiveFree, nextWeekSlots } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(5);

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

describe("notifications", () => {
  test("a company books, staff approves; the company sees the bell count and the approval, and the e-mail is in the mailbox", async () => {
    const company = await apiLogin(e2e.server.url, "sme2@demo.example");
    const staff = await apiLogin(e2e.server.url, "staff@demo.example");
    const list = await fetch(`${e2e.server.url}/api/instruments?pageSize=100&lang=en`).then((r) => r.json()) as { items: { id: number; nameEn: string }[] };
    const tem = list.items.find((i) => i.nameEn === "Transmission electron microscope (TEM)")!.id;
    const run = consecutiveFree(await nextWeekSlots(e2e.server.url, tem), 2, 14);
    const booked = await api(company, "POST", "/reservations", { instrumentId: tem, start: run[0].start, end: run[run.length - 1].end, purpose: "Lattice imaging", assistance: { type: "operation" } });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const id = (booked.body.reservation as { id: number }).id;
    assert.equal((await api(staff, "POST", `/reservations/${id}/approve`, {})).status, 200);
    const unread = await until(async () => {
      const inbox = await api(company, "GET", "/notifications");
      const kinds = (inbox.body.items as { kind: string; reservationId: number }[]).filter((n) => n.reservationId === id).map((n) => n.kind);
      return kinds.includes("booking_approved") ? (inbox.body.unread as number) : undefined;
    });

    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "sme2@demo.example");
    const bell = page.getByTestId("notification-bell");
    await page.getByRole("link", { name: `Notifications: ${unread} unread` }).waitFor();
    await bell.click();
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    const approval = page.locator(".notification").filter({ hasText: /Transmission electron microscope/ }).first();
    await approval.waitFor();
    assert.match((await approval.textContent()) ?? "", /Booking approved: Transmission electron microscope/);
    await screenshot(page, "en-notifications", "viewport");
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await page.getByRole("link", { name: "Notifications", exact: true }).waitFor();
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("heading", { level: 1, name: "お知らせ" }).waitFor();
    await screenshot(page, "ja-notifications", "viewport");

    // The development mailbox: one .eml file per message (no SMTP_URL).
    const approvalMail = await until(async () => {
      const files = fs.existsSync(e2e.server.mailDir) ? fs.readdirSync(e2e.server.mailDir) : [];
      const mails = await Promise.all(files.map(async (f) => simpleParser(fs.readFileSync(path.join(e2e.server.mailDir, f)))));
      return mails.find((m) => m.subject?.startsWith("Booking approved: Transmission electron microscope"));
    });
    assert.equal((approvalMail.to as { text: string }).text, "sme2@demo.example");
    const japanese = await until(async () => {
      const files = fs.readdirSync(e2e.server.mailDir);
      const mails = await Promise.all(files.map(async (f) => simpleParser(fs.readFileSync(path.join(e2e.server.mailDir, f)))));
      return mails.find((m) => m.subject?.startsWith("担当に割り当てられました"));
    });
    for (const [mail, name] of [[approvalMail, "en-email"], [japanese, "ja-email"]] as const) {
      await page.setViewportSize({ width: 760, height: 420 });
      await page.setContent(`<h3 style="font-family:sans-serif">${mail.subject}</h3>${mail.html || ""}`);
      await screenshot(page, name, "viewport");
    }
    await context.close();
    assert.deepEqual(pageErrors, []);
  });
});
