import type { TaxRounding } from "../../shared/rules/consumption-tax";

export type PdfLanguage = "ja" | "en";

/** The words on a PDF invoice; Japanese as accounting offices expect a qualified invoice (適格請求書), or English. */
export interface PdfLabels {
  title: string;
  creditTitle: string;
  draft: string;
  recipient: (name: string) => string;
  billed: string;
  credited: string;
  totalDue: string;
  taxIncluded: string;
  number: string;
  issueDate: string;
  dueDate: string;
  period: string;
  registration: string;
  creditOf: (number: string) => string;
  columns: { date: string; description: string; quantity: string; unitPrice: string; amount: string; rate: string };
  byRate: string;
  taxable: (rate: number) => string;
  exempt: string;
  taxOf: (rate: number) => string;
  subtotal: string;
  tax: string;
  total: string;
  rounding: Record<TaxRounding, string>;
  payment: string;
  reducedMark: string;
}

const ja: PdfLabels = {
  title: "請求書",
  creditTitle: "返還インボイス（適格返還請求書）",
  draft: "下書き（未発行）",
  recipient: (name) => `${name} 御中`,
  billed: "下記のとおりご請求申し上げます。",
  credited: "下記のとおり返還いたします。",
  totalDue: "ご請求金額",
  taxIncluded: "（税込）",
  number: "請求書番号",
  issueDate: "発行日",
  dueDate: "お支払期限",
  period: "対象期間",
  registration: "登録番号",
  creditOf: (number) => `請求書 ${number} の取消`,
  columns: { date: "取引日", description: "内容", quantity: "数量", unitPrice: "単価", amount: "金額（税抜）", rate: "税率" },
  byRate: "税率ごとの合計",
  taxable: (rate) => `${rate}%対象`,
  exempt: "非課税",
  taxOf: (rate) => `消費税（${rate}%）`,
  subtotal: "小計（税抜）",
  tax: "消費税",
  total: "合計（税込）",
  rounding: {
    floor: "消費税は税率ごとに1回、1円未満を切り捨てています。",
    round: "消費税は税率ごとに1回、1円未満を四捨五入しています。",
    ceil: "消費税は税率ごとに1回、1円未満を切り上げています。",
  },
  payment: "お支払について",
  reducedMark: "※ は軽減税率（8%）対象",
};

const en: PdfLabels = {
  title: "Invoice",
  creditTitle: "Credit note",
  draft: "Draft (not issued)",
  recipient: (name) => `To: ${name}`,
  billed: "Please pay the amount below by the due date.",
  credited: "We credit the amount below.",
  totalDue: "Amount due",
  taxIncluded: " (incl. tax)",
  number: "Invoice no.",
  issueDate: "Issue date",
  dueDate: "Due date",
  period: "Period",
  registration: "Registration no.",
  creditOf: (number) => `Cancels invoice ${number}`,
  columns: { date: "Date", description: "Description", quantity: "Qty", unitPrice: "Unit price", amount: "Amount", rate: "Tax" },
  byRate: "Totals per tax rate",
  taxable: (rate) => `Subject to ${rate}%`,
  exempt: "Tax-exempt",
  taxOf: (rate) => `Consumption tax (${rate}%)`,
  subtotal: "Subtotal (excl. tax)",
  tax: "Consumption tax",
  total: "Total (incl. tax)",
  rounding: {
    floor: "Consumption tax is computed once per rate and rounded down to the yen.",
    round: "Consumption tax is computed once per rate and rounded to the nearest yen.",
    ceil: "Consumption tax is computed once per rate and rounded up to the yen.",
  },
  payment: "Payment",
  reducedMark: "* reduced rate (8%)",
};

export const PDF_LABELS: Record<PdfLanguage, PdfLabels> = { ja, en };
