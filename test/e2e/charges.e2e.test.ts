import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./axe";
import { clickSlot, consecutiveFree, nextWeekSlots } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(12);

const TEXT = {
  en: {
    charges: "Charges", correct: "Correct", reason: "Reason (kept in the audit trail)", description: "Description", unitPrice: "Unit price", saveCorrection: "Save correction",
    addTitle: "Add a consumable or another line", company: "Company", unit: "Unit", quantity: "Quantity", add: "Add line", added: "Line added.", memberCharges: "Charges and invoices",
    policy: { unit: "Billing unit (minutes, rounded up)", free: "Free cancellation until (hours before the start)", late: "Later cancellation fee (% of the booked time)", noShow: "No-show fee (% of the booked time)", save: "Save billing policy", saved: "Billing policy saved." },
    nextWeek: /Next week/,
  },
  ja: {
    charges: "利用料金", correct: "訂正", reason: "理由（操作履歴に残ります）", description: "内容", unitPrice: "単価", saveCorrection: "訂正を保存",
    addTitle: "消耗品・その他の明細を追加", company: "企業", unit: "単位", quantity: "数量", add: "明細を追加", added: "明細を追加しました。", memberCharges: "利用料金・請求書",
    policy: { unit: "課金単位（分、切り上げ）", free: "無料キャンセルの期限（利用開始の何時間前まで）", late: "期限後のキャンセル料（予約時間分の%）", noShow: "無断不使用料（予約時間分の%）", save: "課金規定を保存", saved: "課金規定を保存しました。" },
    nextWeek: /次の週/,
  },
} as const;

/** en: Kitakami (Emily Carter); ja: Aoba (佐藤 健); each language's own policy on the FE-SEM. */
const CASES = [
  { language: "en" as const, member: "sme2@demo.example", company: "Kitakami", policy: { unit: 30, free: 48, late: 50, noShow: 100 }, shown: [/30-minute units/, /free until 48 hours/, /50 % of the booked time/, /without cancelling: 100 %/] },
  { language: "ja" as const, member: "sme@demo.example", company: "青葉", policy: { unit: 15, free: 72, late: 30, noShow: 80 }, shown: [/15分単位/, /72時間前まで/, /30%を申し受けます/, /80%/] },
];

interface ApiCharge { id: number; companyId: number; companyName: string; description: string; invoiced: boolean; occurredAt: string; kind: string; unitPrice: number }

/** A charge of the company not yet on an issued invoice, from the same API the page uses. */
async function openCharge(url: string, company: string): Promise<ApiCharge> {
  const token = await apiLogin(url, "facility-admin@demo.example");
  const res = await fetch(`${url}/api/charges?pageSize=100`, { headers: { Authorization: `Bearer ${token}` } });
  const { items } = (await res.json()) as { items: ApiCharge[] };
  const found = items.find((c) => !c.invoiced && c.companyName.includes(company) && c.kind === "instrument_time");
  if (!found) throw new Error(`no open charge of ${company}`);
  return found;
}

async function feSemId(url: string): Promise<number> {
  const { items } = (await fetch(`${url}/api/instruments?pageSize=100&lang=en`).then((r) => r.json())) as { items: { id: number; nameEn: string }[] };
  const found = items.find((i) => i.nameEn.includes("FE-SEM"));
  if (!found) throw new Error("no FE-SEM");
  return found.id;
}

async function open(browser: Browser, email: string, language: "en" | "ja") {
  const { context, page } = await newPage(browser, { bypassCSP: true });
  await signIn(page, e2e.server.url, email);
  if (language === "ja") await page.getByRole("button", { name: "日本語" }).click();
  return { context, page };
}

describe("charges: an admin corrects a charge and adds a line, the company sees it; the billing policy reaches the booking form", () => {
  for (const { language, member, company, policy, shown } of CASES) {
    test(language, async () => {
      const text = TEXT[language];
      const charge = await openCharge(e2e.server.url, company);
      const month = DateTime.fromISO(charge.occurredAt, { zone: "Asia/Tokyo" }).toFormat("yyyy-MM");
      const corrected = `${charge.description} (${language} corrected)`;
      const reason = language === "en" ? "Twenty minutes were set-up by our staff" : "準備時間20分を差し引き";
      const consumable = language === "en" ? "Liquid nitrogen" : "液体窒素";

      const admin = await open(e2e.browser, "facility-admin@demo.example", language);
      await admin.page.goto(`${e2e.server.url}/workspace/charges?month=${month}`);
      await admin.page.getByRole("heading", { level: 1, name: text.charges }).waitFor();
      const row = admin.page.getByTestId(`charge-${charge.id}`);
      await row.getByRole("button", { name: text.correct }).click();
      const form = admin.page.getByTestId("correct-charge");
      await form.getByLabel(text.description).fill(corrected);
      await form.getByLabel(text.unitPrice).fill("1234");
      await form.getByLabel(text.reason).fill(reason);
      await form.getByRole("button", { name: text.saveCorrection }).click();
      await form.waitFor({ state: "detached" });
      await row.getByText(corrected).waitFor();
      assert.match((await row.textContent()) ?? "", /1,234/);

      const add = admin.page.getByTestId("add-charge");
      await add.getByText(text.addTitle).click();
      await add.getByLabel(text.company).selectOption(String(charge.companyId));
      await add.getByLabel(text.description).fill(consumable);
      await add.getByLabel(text.quantity).fill("2");
      await add.getByLabel(text.unit, { exact: true }).fill("L");
      await add.getByLabel(text.unitPrice).fill("500");
      await add.getByRole("button", { name: text.add }).click();
      await add.getByText(text.added).waitFor();
      const added = admin.page.getByTestId("institution-charges").locator("tr").filter({ hasText: consumable });
      await added.waitFor();
      assert.match((await added.textContent()) ?? "", /1,000/);
      assert.deepEqual(await seriousViolations(admin.page, `${language} workspace charges`), []);
      await screenshot(admin.page, `${language}-workspace-charges`);

      // The correction is in the audit trail with its reason.
      await admin.page.goto(`${e2e.server.url}/workspace/audit?type=charge`);
      await admin.page.getByTestId("audit").getByText(reason).waitFor();

      // The admin sets the FE-SEM's billing policy.
      const instrumentId = await feSemId(e2e.server.url);
      await admin.page.goto(`${e2e.server.url}/workspace/instruments/${instrumentId}`);
      const editor = admin.page.getByTestId("billing-policy-editor");
      await editor.getByLabel(text.policy.unit).fill(String(policy.unit));
      await editor.getByLabel(text.policy.free).fill(String(policy.free));
      await editor.getByLabel(text.policy.late).fill(String(policy.late));
      await editor.getByLabel(text.policy.noShow).fill(String(policy.noShow));
      await editor.getByRole("button", { name: text.policy.save }).click();
      await admin.page.getByText(text.policy.saved).waitFor();
      assert.equal(await editor.getByLabel(text.policy.unit).inputValue(), String(policy.unit));
      assert.deepEqual(await seriousViolations(admin.page, `${language} billing policy editor`), []);
      await screenshot(admin.page, `${language}-billing-policy`, "[data-testid=billing-policy-editor]");
      await admin.context.close();

      // The company sees the added line among its charges, and the policy on the instrument page and in the booking form.
      const company_ = await open(e2e.browser, member, language);
      await company_.page.goto(`${e2e.server.url}/billing?month=${month}`);
      await company_.page.getByRole("heading", { level: 1, name: text.memberCharges }).waitFor();
      await company_.page.getByTestId("charges").getByText(consumable).waitFor();
      await company_.page.getByTestId("charges").getByText(corrected).waitFor();

      await company_.page.goto(`${e2e.server.url}/instruments/${instrumentId}`);
      const note = company_.page.getByTestId("billing-policy").first();
      await note.waitFor();
      for (const pattern of shown) assert.match((await note.textContent()) ?? "", pattern);
      await company_.page.getByRole("button", { name: text.nextWeek }).click();
      await company_.page.locator(".slot-free").first().waitFor();
      const [slot] = consecutiveFree(await nextWeekSlots(e2e.server.url, instrumentId), 1, 10);
      await clickSlot(company_.page, slot);
      await company_.page.getByTestId("selected-range").waitFor();
      const inForm = company_.page.locator(".booking-panel").getByTestId("billing-policy");
      await inForm.waitFor();
      for (const pattern of shown) assert.match((await inForm.textContent()) ?? "", pattern);
      await company_.context.close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
