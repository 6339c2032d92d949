import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import type { InvoiceView } from "../../../../shared/schemas/billing";
import { billingApi } from "../../api/billing";
import { billingKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { formatYen } from "../../lib/format";
import { useBillingTranslation } from "./i18n";

/** The admin's actions on a month's invoices; each refreshes the billing queries. */
function useInvoiceActions() {
  const client = useQueryClient();
  const done = { onSuccess: () => invalidate(client, billingKeys.all) };
  // The draft's preview may be cached: drop it, so "View" shows the issued invoice with its number, never the draft.
  const issue = useMutation({
    mutationFn: (id: number) => billingApi.issue(id),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: billingKeys.invoice(id) });
      invalidate(client, billingKeys.all);
    },
  });
  const payment = useMutation({ mutationFn: (v: { id: number; paid: boolean }) => billingApi.payment(v.id, v.paid), ...done });
  const credit = useMutation({ mutationFn: (v: { id: number; reason: string }) => billingApi.credit(v.id, { reason: v.reason }), ...done });
  return { issue, payment, credit };
}

/** A month's invoices for the admins: drafts to preview and issue, issued ones to mark paid or credit. */
export function InvoiceTable({ invoices, manage }: { invoices: InvoiceView[]; manage: boolean }) {
  const { t, language } = useBillingTranslation();
  const { issue, payment, credit } = useInvoiceActions();
  const askCredit = (id: number) => {
    const reason = window.prompt(t("runs.creditReason"));
    if (reason) credit.mutate({ id, reason });
  };
  const error = issue.error ?? payment.error ?? credit.error;
  if (invoices.length === 0) return <p className="empty">{t("invoices.none")}</p>;
  return (
    <>
      {issue.isSuccess && <Alert kind="success">{t("runs.issued", { number: issue.data.invoice.number })}</Alert>}
      {error && <Alert kind="error">{errorMessage(error, t)}</Alert>}
      <table className="data-table billing-table" data-testid="invoice-runs">
        <thead>
          <tr>
            <th scope="col">{t("runs.recipient")}</th>
            <th scope="col">{t("invoices.number")}</th>
            <th scope="col" className="num">{t("invoices.total")}</th>
            <th scope="col">{t("runs.status")}</th>
            <th scope="col">{t("runs.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((i) => (
            <tr key={i.id} data-testid={`invoice-row-${i.recipient.companyId}`}>
              <td>{i.recipient.name}</td>
              <td>{i.number ?? "—"}{i.kind === "credit_note" && <> ({t("invoices.creditNote")})</>}</td>
              <td className="num">{formatYen(i.total, language)}</td>
              <td>{i.status === "draft" ? t("invoices.draft") : i.paid ? t("invoices.paid") : t("invoices.unpaid")}</td>
              <td className="row-actions">
                <Link to={`/invoices/${i.id}`}>{i.status === "draft" ? t("runs.preview") : t("invoices.open")}</Link>
                <a href={billingApi.pdfUrl(i.id, language)} download>{t("invoice.pdfShort")}</a>
                {manage && i.status === "draft" && (
                  <button type="button" className="button button-small" disabled={issue.isPending} onClick={() => issue.mutate(i.id)}>{t("runs.issue")}</button>
                )}
                {manage && i.status === "issued" && (
                  <button type="button" className="button-link" disabled={payment.isPending} onClick={() => payment.mutate({ id: i.id, paid: !i.paid })}>
                    {i.paid ? t("runs.markUnpaid") : t("runs.markPaid")}
                  </button>
                )}
                {manage && i.status === "issued" && i.kind === "invoice" && !i.creditedBy && (
                  <button type="button" className="button-link" disabled={credit.isPending} onClick={() => askCredit(i.id)}>{t("runs.credit")}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
