import { z } from "zod";
import {
  BillingPolicySchema, BillingSettingsSchema, ChargeSchema, InvoiceSchema,
  type BillingPolicyView, type BillingSettingsView, type CreateChargeRequestSchema, type CorrectChargeRequestSchema, type CreditNoteRequest,
} from "../../../shared/schemas/billing";
import { apiUrl, request } from "./http";

const ChargeList = z.object({ items: z.array(ChargeSchema), total: z.number() });
const InvoiceList = z.object({ items: z.array(InvoiceSchema), total: z.number() });
const InvoiceEnvelope = z.object({ invoice: InvoiceSchema });
const ChargeEnvelope = z.object({ charge: ChargeSchema });

/** Charges, invoices and their settings (server/billing). */
export const billingApi = {
  charges: (query: { month?: string; institutionId?: number; companyId?: number }) => request("/charges", ChargeList, { query: { ...query, pageSize: 100 } }),
  invoices: (query: { month?: string; institutionId?: number; status?: "draft" | "issued" }) => request("/invoices", InvoiceList, { query: { ...query, pageSize: 100 } }),
  invoice: (id: number) => request(`/invoices/${id}`, InvoiceEnvelope),
  run: (institutionId: number, month: string) =>
    request(`/institutions/${institutionId}/invoice-runs`, z.object({ invoices: z.array(InvoiceSchema) }), { method: "POST", body: { month } }),
  issue: (id: number) => request(`/invoices/${id}/issue`, InvoiceEnvelope, { method: "POST" }),
  credit: (id: number, body: CreditNoteRequest) => request(`/invoices/${id}/credit-note`, InvoiceEnvelope, { method: "POST", body }),
  addCharge: (body: z.input<typeof CreateChargeRequestSchema>) => request("/charges", ChargeEnvelope, { method: "POST", body }),
  correctCharge: (id: number, body: z.input<typeof CorrectChargeRequestSchema>) => request(`/charges/${id}`, ChargeEnvelope, { method: "PATCH", body }),
  savePolicy: (instrumentId: number, policy: BillingPolicyView) =>
    request(`/instruments/${instrumentId}/billing-policy`, z.object({ policy: BillingPolicySchema }), { method: "PUT", body: policy }),
  payment: (id: number, paid: boolean) => request(`/invoices/${id}/payment`, InvoiceEnvelope, { method: "POST", body: { paid } }),
  settings: (institutionId: number) => request(`/institutions/${institutionId}/billing-settings`, z.object({ settings: BillingSettingsSchema })),
  saveSettings: (institutionId: number, settings: BillingSettingsView) =>
    request(`/institutions/${institutionId}/billing-settings`, z.object({ settings: BillingSettingsSchema }), { method: "PUT", body: settings }),
  policy: (instrumentId: number) => request(`/instruments/${instrumentId}/billing-policy`, z.object({ policy: BillingPolicySchema })),
  /** The month's CSV, downloaded by a plain link (the session cookie signs it in). */
  csvUrl: (month: string, institutionId?: number) => apiUrl("/invoices.csv", { month, institutionId }),
  /** The invoice as a PDF (Japanese, or English), downloaded by a plain link like the CSV. */
  pdfUrl: (id: number, lang: string) => apiUrl(`/invoices/${id}/pdf`, { lang: lang === "en" ? "en" : "ja" }),
};
