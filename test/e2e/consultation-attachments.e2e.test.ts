import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { assertNoSeriousViolations } from "./axe";
import { apiLogin, pageErrors, screenshot, signedInPage, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(21);

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
/** A PNG by its signature: the server tells the type from the first bytes only. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
const NOT_A_PDF = Buffer.from("#!/bin/sh\necho this is not a PDF\n");

const TEXT = {
  en: {
    details: "Details", files: "Files (optional)", send: "Send the request", message: "Your message", attach: "Attach files", sendMessage: "Send",
    wrongType: "notes.txt is not a PDF, PNG, JPEG or WebP file.", download: (name: string) => `Download ${name}`,
    notAttached: "Your message was sent, but these files could not be attached:", refused: "fake.pdf: This kind of file is not accepted. Use PDF / PNG / JPEG / WebP.",
  },
  ja: {
    details: "詳しい内容", files: "添付ファイル（任意）", send: "相談を送信", message: "メッセージ", attach: "ファイルを添付", sendMessage: "送信",
    wrongType: "notes.txt は PDF・PNG・JPEG・WebP のファイルではありません。", download: (name: string) => `${name} をダウンロード`,
    notAttached: "メッセージは送信されましたが、次のファイルは添付できませんでした。", refused: "fake.pdf：この種類のファイルは受け付けていません。PDF / PNG / JPEG / WebP を使ってください。",
  },
} as const;

const as = (browser: Browser, email: string, language: "en" | "ja") => signedInPage(browser, e2e.server.url, email, language);
const noSeriousViolations = assertNoSeriousViolations;

/** Calls the API as a demo account (what the coordinator and the admin do is not under test here). */
async function apiAs(email: string, path: string, body?: object): Promise<{ [key: string]: unknown }> {
  const token = await apiLogin(e2e.server.url, email);
  const res = await fetch(`${e2e.server.url}/api${path}`, {
    method: body ? "POST" : "GET",
    headers: { Authorization: `Bearer ${token}`, ...(body && { "Content-Type": "application/json" }) },
    body: body && JSON.stringify(body),
  });
  assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`);
  return (await res.json()) as { [key: string]: unknown };
}

describe("files on a consultation: the company attaches a PDF to its need, the staff download it and reply with files", () => {
  for (const language of ["en", "ja"] as const) {
    test(language, async () => {
      const x = TEXT[language];
      const fileName = `SDS_${language === "en" ? "sample" : "試料"}.pdf`;

      // The company describes its need and adds files: a text file is refused before anything is sent, the PDF goes.
      const company = await as(e2e.browser, "sme@demo.example", language);
      await company.goto(`${e2e.server.url}/consultations/new`);
      const form = company.getByTestId("consultation-form");
      await form.locator("input").first().fill(`Outgassing of a sealant (${language})`);
      await company.getByLabel(x.details, { exact: true }).fill("A sealant fogs optics in vacuum. Which analysis names the volatile compounds?");
      const picker = company.getByLabel(x.files, { exact: true });
      await picker.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("notes") });
      await form.getByText(x.wrongType).waitFor();
      await picker.setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
      assert.equal(await form.getByText(x.wrongType).count(), 0);
      await noSeriousViolations(company, `${language} need with a file`);
      await company.getByRole("button", { name: x.send }).click();
      await company.getByTestId("consultation").waitFor();
      const id = Number(new URL(company.url()).pathname.split("/").pop());
      await company.getByRole("link", { name: x.download(fileName) }).waitFor();

      // The coordinator routes it to the university; its admin assigns 高橋 美咲.
      const staffUser = (await apiAs("staff@demo.example", "/auth/me")).user as { institutionId: number; staffMemberId: number };
      await apiAs("coordinator@demo.example", `/consultations/${id}/route`, { institutionIds: [staffUser.institutionId] });
      await apiAs("facility-admin@demo.example", `/consultations/${id}/assign`, { staffMemberId: staffUser.staffMemberId });

      // The staff member downloads the PDF: the bytes the company sent, under its name.
      const staff = await as(e2e.browser, "staff@demo.example", language);
      await staff.goto(`${e2e.server.url}/consultations/${id}`);
      const downloading = staff.waitForEvent("download");
      await staff.getByRole("link", { name: x.download(fileName) }).click();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), fileName);
      assert.ok(fs.readFileSync((await download.path())!).equals(PDF));

      // A reply with a file that only claims to be a PDF: the message goes, the server's refusal is shown.
      await staff.getByRole("textbox", { name: x.message, exact: true }).fill("GC-MS of the outgassed species; see the holder drawing.");
      await staff.getByLabel(x.attach, { exact: true }).setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: NOT_A_PDF });
      await staff.getByRole("button", { name: x.sendMessage, exact: true }).click();
      const refusal = staff.getByRole("alert").filter({ hasText: x.notAttached });
      await refusal.getByText(x.refused).waitFor();

      // Then with a drawing: the message lists it, the company downloads it.
      await staff.getByRole("textbox", { name: x.message, exact: true }).fill("The holder, for your sample size.");
      await staff.getByLabel(x.attach, { exact: true }).setInputFiles({ name: "holder.png", mimeType: "image/png", buffer: PNG });
      await staff.getByRole("button", { name: x.sendMessage, exact: true }).click();
      await staff.getByTestId("message").filter({ hasText: "The holder" }).getByRole("link", { name: x.download("holder.png") }).waitFor();
      await noSeriousViolations(staff, `${language} thread with files`);

      await company.reload();
      const reply = company.getByTestId("message").filter({ hasText: "The holder" });
      await reply.getByRole("link", { name: x.download("holder.png") }).waitFor();
      await noSeriousViolations(company, `${language} consultation with files`);
      await screenshot(company, `${language}-consultation-attachments`);
      for (const page of [company, staff]) await page.context().close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
