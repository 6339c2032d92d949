import { useQuery } from "@tanstack/react-query";
import { Link, Navigate, useSearchParams } from "react-router";
import { billingApi } from "../../api/billing";
import { billingKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatLocalDate, formatYen } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { currentMonth } from "./billing-format";
import { ChargeAmountCells, ChargeDateCell, ChargeHead } from "./ChargeCells";
import { useBillingTranslation } from "./i18n";
import "./billing.css";

/** The company's "Charges and invoices": the month's charges as they accrue, and the invoices issued to it. */
export default function ChargesPage() {
  const { t } = useBillingTranslation();
  usePageTitle(t("charges.title"));
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("month") ?? "") ? params.get("month")! : currentMonth();
  const setMonth = (value: string) => setParams({ month: value }, { replace: true });
  if (session.isPending) return <Loading />;
  if (!session.data) return <Navigate to="/login?next=%2Fbilling" replace />;
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("charges.title")}</h1>
        <p className="muted">{t("charges.intro")}</p>
      </div>
      <div className="billing-tools">
        <label>
          <span>{t("month")}</span> <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} data-testid="charges-month" />
        </label>
      </div>
      <ChargeTable month={month} />
      <CompanyInvoices />
    </section>
  );
}

function ChargeTable({ month }: { month: string }) {
  const { t, language } = useBillingTranslation();
  const charges = useQuery({ queryKey: billingKeys.charges(month), queryFn: () => billingApi.charges({ month }) });
  if (charges.isPending) return <Loading />;
  if (charges.isError) return <Alert kind="error">{errorMessage(charges.error, t)}</Alert>;
  const items = charges.data.items;
  return (
    <>
      <h2>{t("charges.heading")}</h2>
      {items.length === 0 ? (
        <p className="empty">{t("charges.none")}</p>
      ) : (
          <table className="data-table billing-table" data-testid="charges">
            <ChargeHead party={t("charges.kind")} />
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <ChargeDateCell charge={c} />
                  <td>{t(`kinds.${c.kind}`)}</td>
                  <td>{c.description}</td>
                  <ChargeAmountCells charge={c} />
                  <td>{c.invoiced ? t("charges.invoiced") : t("charges.open")}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>{t("charges.total")}</th>
                <td className="num">{formatYen(items.reduce((sum, c) => sum + c.amount, 0), language)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
      )}
    </>
  );
}

function CompanyInvoices() {
  const { t, language } = useBillingTranslation();
  const invoices = useQuery({ queryKey: billingKeys.invoices("all"), queryFn: () => billingApi.invoices({}) });
  if (invoices.isPending) return <Loading />;
  if (invoices.isError) return <Alert kind="error">{errorMessage(invoices.error, t)}</Alert>;
  return (
    <>
      <h2>{t("invoices.heading")}</h2>
      {invoices.data.items.length === 0 ? (
        <p className="empty">{t("invoices.none")}</p>
      ) : (
        <table className="data-table billing-table" data-testid="company-invoices">
          <thead>
            <tr>
              <th scope="col">{t("invoices.number")}</th>
              <th scope="col">{t("month")}</th>
              <th scope="col">{t("invoices.issueDate")}</th>
              <th scope="col">{t("invoices.dueDate")}</th>
              <th scope="col" className="num">{t("invoices.total")}</th>
              <th scope="col">{t("charges.status")}</th>
            </tr>
          </thead>
          <tbody>
            {invoices.data.items.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/invoices/${i.id}`}>{i.number}</Link>
                  {i.kind === "credit_note" && <> ({t("invoices.creditNote")})</>}{" "}
                  <a href={billingApi.pdfUrl(i.id, language)} download data-testid={`invoice-pdf-${i.id}`}>{t("invoice.pdfShort")}</a>
                </td>
                <td>{i.month}</td>
                <td>{i.issueDate ? formatLocalDate(i.issueDate, language) : "—"}</td>
                <td>{i.dueDate ? formatLocalDate(i.dueDate, language) : "—"}</td>
                <td className="num">{formatYen(i.total, language)}</td>
                <td>{i.paid ? t("invoices.paid") : t("invoices.unpaid")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
