import type { InvoiceView } from "../../../../shared/schemas/billing";
import { formatLocalDate, formatYen } from "../../lib/format";
import { quantityLabel } from "./billing-format";
import { useBillingTranslation } from "./i18n";

/**
 * An invoice laid out as Japanese accounting offices expect a qualified invoice (適格請求書): title, recipient with
 * 御中, issuer with its registration number, number and dates, lines with their transaction dates and tax rates,
 * totals and consumption tax per rate, the total. Print-ready (the browser's print saves it as PDF).
 */
export function InvoiceDocument({ invoice }: { invoice: InvoiceView }) {
  const { t, language } = useBillingTranslation();
  const yen = (amount: number) => formatYen(amount, language);
  const date = (value: string | null) => (value ? formatLocalDate(value, language) : "—");
  const credit = invoice.kind === "credit_note";
  return (
    <article className="invoice-document" data-testid="invoice-document" lang={language}>
      <header className="invoice-head">
        <h1>{t(credit ? "invoice.creditTitle" : "invoice.title")}</h1>
        {invoice.status === "draft" && <p className="invoice-draft" role="note">{t("invoice.draftNotice")}</p>}
      </header>
      <div className="invoice-parties">
        <div>
          <p className="invoice-recipient" data-testid="invoice-recipient">
            {invoice.recipient.name} {t("invoice.recipientSuffix")}
          </p>
          {!credit && <p>{t("invoice.billed")}</p>}
          <p className="invoice-total-box">
            <span>{t("invoice.total")}</span> <strong data-testid="invoice-total">{yen(invoice.total)}</strong>
          </p>
        </div>
        <dl className="invoice-meta">
          <dt>{t("invoice.number")}</dt>
          <dd data-testid="invoice-number">{invoice.number ?? "—"}</dd>
          <dt>{t("invoice.issueDate")}</dt>
          <dd>{date(invoice.issueDate)}</dd>
          {!credit && (
            <>
              <dt>{t("invoice.dueDate")}</dt>
              <dd>{date(invoice.dueDate)}</dd>
            </>
          )}
          <dt>{t("invoice.period")}</dt>
          <dd>{invoice.month}</dd>
          <dt>{t("invoice.issuer")}</dt>
          <dd>{invoice.issuer.name}</dd>
          <dt>{t("invoice.registration")}</dt>
          <dd data-testid="invoice-registration">{invoice.issuer.registrationNumber || "—"}</dd>
        </dl>
      </div>
      {invoice.creditOf && <p>{t("invoice.creditOf", { number: invoice.creditOf.number })}</p>}
      {invoice.creditedBy && <p className="invoice-credited">{t("invoice.creditedBy", { number: invoice.creditedBy.number })}</p>}
      {invoice.creditNotes.length > 0 && !invoice.creditedBy && (
        <p className="invoice-credited" data-testid="invoice-remaining">
          {t("invoice.partlyCredited", { numbers: invoice.creditNotes.map((n) => n.number).join(", "), remaining: yen(invoice.remaining) })}
        </p>
      )}
      <InvoiceLines invoice={invoice} />
      <InvoiceTotals invoice={invoice} />
    </article>
  );
}

function InvoiceLines({ invoice }: { invoice: InvoiceView }) {
  const { t, language } = useBillingTranslation();
  return (
    <table className="data-table invoice-lines">
      <thead>
        <tr>
          <th scope="col">{t("invoice.date")}</th>
          <th scope="col">{t("invoice.description")}</th>
          <th scope="col" className="num">{t("invoice.quantity")}</th>
          <th scope="col" className="num">{t("invoice.unitPrice")}</th>
          <th scope="col" className="num">{t("invoice.rate")}</th>
          <th scope="col" className="num">{t("invoice.amount")}</th>
        </tr>
      </thead>
      <tbody>
        {invoice.lines.map((line, i) => (
          <tr key={i}>
            <td>{line.transactionDate}</td>
            <td>{line.description}</td>
            <td className="num">{quantityLabel(line.quantity, line.unit, t, language)}</td>
            <td className="num">{formatYen(line.unitPrice, language)}</td>
            <td className="num">{line.taxCategory === "exempt" ? t("invoice.exempt") : `${line.taxRate}%`}</td>
            <td className="num">{formatYen(line.amount, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function InvoiceTotals({ invoice }: { invoice: InvoiceView }) {
  const { t, language } = useBillingTranslation();
  const yen = (amount: number) => formatYen(amount, language);
  return (
    <section className="invoice-totals" aria-label={t("invoice.byRate")}>
      <h2>{t("invoice.byRate")}</h2>
      <dl data-testid="invoice-taxes">
        {invoice.taxes.map((rate) => (
          <div key={rate.category}>
            <dt>{rate.category === "exempt" ? t("invoice.exempt") : t("invoice.taxable", { rate: rate.rate })}</dt>
            <dd>{yen(rate.taxableAmount)}</dd>
            {rate.category !== "exempt" && (
              <>
                <dt>{t("invoice.taxOf", { rate: rate.rate })}</dt>
                <dd>{yen(rate.tax)}</dd>
              </>
            )}
          </div>
        ))}
        <div>
          <dt>{t("invoice.subtotal")}</dt>
          <dd>{yen(invoice.subtotal)}</dd>
          <dt>{t("invoice.tax")}</dt>
          <dd>{yen(invoice.tax)}</dd>
          <dt>{t("invoice.total")}</dt>
          <dd><strong>{yen(invoice.total)}</strong></dd>
        </div>
      </dl>
      <p className="muted small">{t("invoice.rounding", { mode: t(`invoice.roundings.${invoice.taxRounding}`) })}</p>
    </section>
  );
}
