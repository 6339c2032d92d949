import type { EntityManager } from "typeorm";
import type { User } from "../platform/db/entities";
import { authorizedInvoice } from "./invoice-issue.service";
import { issuerSettings, loadInstitution } from "./billing-settings";
import { withLines } from "./invoice-query";
import { renderInvoicePdf } from "./invoice-pdf";
import type { PdfLanguage } from "./invoice-pdf-labels";
import { pdfDisposition } from "./invoice-pdf-format";
import { presentInvoice } from "./invoices.presenter";

/** The invoice as a PDF for whoever may see it (others: 404), with the issuer's address and payment instructions. */
export async function invoicePdf(em: EntityManager, user: User, id: number, language: PdfLanguage): Promise<{ body: Buffer; disposition: string }> {
  const invoice = await authorizedInvoice(em, user, id, "view");
  const [view] = (await withLines(em, [invoice])).map(presentInvoice);
  const institution = await loadInstitution(em, invoice.institutionId);
  const settings = await issuerSettings(em, institution);
  const body = await renderInvoicePdf(view, {
    language,
    issuerAddress: language === "ja" ? institution.addressJa : institution.addressEn || institution.addressJa,
    paymentNote: settings.paymentNote,
  });
  return { body, disposition: pdfDisposition(invoice.number, invoice.id, language) };
}
