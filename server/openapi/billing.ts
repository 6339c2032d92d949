import { z } from "zod";
import * as B from "../../shared/schemas/billing";
import { IdParamsSchema } from "../../shared/schemas/common";
import type { Op } from "./document";

type Named = <T extends z.ZodType>(id: string, schema: T) => T;
type Json = (schema: z.ZodType) => { content: { "application/json": { schema: z.ZodType } } };

/** Charges, invoices and their settings (server/billing). */
export function registerBillingOperations(op: Op, named: Named, json: Json): void {
  const idParams = { params: IdParamsSchema };
  const Charge = named("Charge", B.ChargeSchema);
  const Invoice = named("Invoice", B.InvoiceSchema);
  const InvoiceEnvelope = z.object({ invoice: Invoice });
  const Policy = named("BillingPolicy", B.BillingPolicySchema);
  const Settings = named("BillingSettings", B.BillingSettingsSchema);

  op("get", "/api/charges", "Charges as they accrue: a company's members their company's, staff and admins their institution's, the coordinator all; month (yyyy-MM, Asia/Tokyo unless institutionId is given)", true, { status: 200, schema: z.object({ items: z.array(Charge), total: z.number() }) }, { query: B.ChargeListQuerySchema });
  op("post", "/api/charges", "Add a consumable or ad hoc line for a company (the institution's staff and admins)", true, { status: 201, schema: z.object({ charge: Charge }) }, { body: json(named("CreateChargeRequest", B.CreateChargeRequestSchema)) });
  op("patch", "/api/charges/{id}", "Correct a charge with a reason (audited); a draft invoice it is on follows; on an issued invoice 409 invoice_issued", true, { status: 200, schema: z.object({ charge: Charge }) }, { ...idParams, body: json(named("CorrectChargeRequest", B.CorrectChargeRequestSchema)) });
  op("get", "/api/instruments/{id}/billing-policy", "Billing unit, booked or actual time, cancellation policy and no-show fee of an instrument", false, { status: 200, schema: z.object({ policy: Policy }) }, idParams);
  op("put", "/api/instruments/{id}/billing-policy", "Set an instrument's billing policy (the institution's admins)", true, { status: 200, schema: z.object({ policy: Policy }) }, { ...idParams, body: json(Policy) });
  op("get", "/api/institutions/{id}/billing-settings", "Issuer name, registration number, payment terms, invoice prefix and tax rounding (the institution's staff and admins, coordinator)", true, { status: 200, schema: z.object({ settings: Settings }) }, idParams);
  op("put", "/api/institutions/{id}/billing-settings", "Set them (the institution's admins)", true, { status: 200, schema: z.object({ settings: Settings }) }, { ...idParams, body: json(Settings) });
  op("post", "/api/institutions/{id}/invoice-runs", "Monthly run: one draft per company with charges that month (institution's zone); replaces the month's drafts, never issued invoices (admins)", true, { status: 201, schema: z.object({ invoices: z.array(Invoice) }) }, { ...idParams, body: json(named("InvoiceRunRequest", B.InvoiceRunRequestSchema)) });
  op("get", "/api/invoices", "Invoices: company members their company's issued ones, admins their institution's, the coordinator all (staff 403)", true, { status: 200, schema: z.object({ items: z.array(Invoice), total: z.number() }) }, { query: B.InvoiceListQuerySchema });
  op("get", "/api/invoices/{id}", "One invoice with the qualified invoice items: issuer and registration number, dates, lines, totals and tax per rate", true, { status: 200, schema: InvoiceEnvelope }, idParams);
  op("get", "/api/invoices/{id}/pdf", "The invoice or credit note as a PDF (A4, qualified invoice layout: 請求書, 御中, 登録番号, 税率ごとの合計; Noto Sans JP embedded as a subset); Japanese, or English with lang=en; same visibility as GET /api/invoices/{id}; Content-Disposition names the file (RFC 5987 filename* for the Japanese name)", true, { status: 200, mediaType: "application/pdf", schema: z.string() }, { ...idParams, query: B.InvoicePdfQuerySchema });
  op("post", "/api/invoices/{id}/issue", "Issue a draft: gap-free number per institution and fiscal year, issue and due dates; issued already → 409 invoice_issued; no registration number → 422 issuer_not_registered", true, { status: 200, schema: InvoiceEnvelope }, idParams);
  op("post", "/api/invoices/{id}/credit-note", "A credit note (返還インボイス) for an issued invoice, numbered and referencing it: for chosen lines (by position; each for its remaining amount or the amount given, tax excluded) or, without lines, for all that remains. The invoice shows its creditNotes and remaining balance; once nothing remains its charges are released to be corrected and invoiced again; fully credited → 409 already_exists; an amount over a line's remaining → 400", true, { status: 201, schema: InvoiceEnvelope }, { ...idParams, body: json(named("CreditNoteRequest", B.CreditNoteRequestSchema)) });
  op("post", "/api/invoices/{id}/payment", "Mark an issued invoice paid or unpaid", true, { status: 200, schema: InvoiceEnvelope }, { ...idParams, body: json(named("PaymentRequest", B.PaymentRequestSchema)) });
  op("delete", "/api/invoices/{id}", "Delete a draft and release its charges; an issued invoice → 409 invoice_issued", true, { status: 204 }, idParams);
  op("get", "/api/invoices.csv", "The month's issued invoices and credit notes for the accounting system: UTF-8 with BOM, one row per line", true, { status: 200, mediaType: "text/csv", schema: z.string() }, { query: B.InvoiceCsvQuerySchema });
}
