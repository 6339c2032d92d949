import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { billingApi } from "../../api/billing";
import { billingKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { useBillingTranslation } from "./i18n";
import { InvoiceDocument } from "./InvoiceDocument";
import { PartialCreditForm } from "./PartialCreditForm";
import "./billing.css";

/** One invoice, print-ready: the company's and the admins' view, with the PDF to download (made by the server) and "print". */
export default function InvoicePage() {
  const { t, language } = useBillingTranslation();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const invoice = useQuery({ queryKey: billingKeys.invoice(id), queryFn: () => billingApi.invoice(id) });
  usePageTitle(invoice.data?.invoice.number ?? t("invoice.title"));
  const user = useSession().data;
  const shown = invoice.data?.invoice;
  // The institution's admins credit chosen lines of an issued invoice still (partly) open.
  const credits = shown !== undefined && user?.role === "institution_admin" && user.institutionId === shown.institutionId && shown.kind === "invoice" && shown.status === "issued" && !shown.creditedBy;
  return (
    <section className="page invoice-page">
      <div className="invoice-tools no-print">
        <button type="button" className="button-link" onClick={() => navigate(-1)}>{t("invoice.back")}</button>
        <a className="button" href={billingApi.pdfUrl(id, language)} download data-testid="invoice-pdf">{t("invoice.pdf")}</a>
        <button type="button" className="button-link" onClick={() => window.print()}>{t("invoice.print")}</button>
      </div>
      {invoice.isPending && <Loading />}
      {invoice.isError && <Alert kind="error">{errorMessage(invoice.error, t)}</Alert>}
      {credits && <PartialCreditForm key={shown.id} invoice={shown} onCreated={(noteId) => navigate(`/invoices/${noteId}`)} />}
      {invoice.data && <InvoiceDocument invoice={invoice.data.invoice} />}
    </section>
  );
}
