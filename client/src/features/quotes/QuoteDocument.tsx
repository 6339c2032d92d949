import type { QuoteLineView, QuoteView } from "../../../../shared/schemas/quotes";
import { formatDate, formatLocalDate, formatYen } from "../../lib/format";
import { useQuotesTranslation } from "./i18n";

/** One quote as a document: lines, subtotal, tax per rate, total, validity and who issued and answered it. */
export function QuoteDocument({ quote }: { quote: QuoteView }) {
  const { t, language } = useQuotesTranslation();
  const yen = (amount: number) => formatYen(amount, language);
  const zone = quote.institution.timezone;
  const item = (line: QuoteLineView) => {
    if (line.kind === "consumable") return line.description;
    const instrument = line.instrument ? (language === "en" ? line.instrument.nameEn : line.instrument.nameJa) : t("extraStaff");
    return [instrument, line.usageMode ? t(`mode.${line.usageMode}`) : null, t(`kind.${line.kind}`)].filter(Boolean).join(" · ");
  };
  // Instrument time is counted in the instrument's billing units ("30min": 4 × 30 min), staff hours in hours.
  const unit = (line: QuoteLineView) => {
    const billingUnit = /^(\d+)min$/.exec(line.unit);
    return line.unit === "hour" ? t("unit.hour") : billingUnit ? t("unit.minutes", { minutes: Number(billingUnit[1]) }) : line.unit;
  };
  return (
    <article className="quote-document" aria-labelledby={`quote-${quote.id}-title`}>
      <h3 id={`quote-${quote.id}-title`}>
        {t("version", { version: quote.version })} — {language === "en" ? quote.institution.nameEn : quote.institution.nameJa}
        {" "}<span className={`quote-status quote-status-${quote.status}`}>{t(`status.${quote.status}`)}</span>
      </h3>
      <p>{t("validUntil", { date: formatLocalDate(quote.validUntil, language) })} · {t("issuedBy", { name: quote.createdBy.name, date: formatDate(quote.createdAt, zone, language) })}</p>
      {quote.provisional && <p className="quote-provisional">{t("provisional")}</p>}
      <table className="quote-lines">
        <thead><tr><th scope="col">{t("columns.item")}</th><th scope="col">{t("columns.quantity")}</th><th scope="col">{t("columns.unitPrice")}</th><th scope="col">{t("columns.amount")}</th></tr></thead>
        <tbody>
          {quote.lines.map((line, index) => (
            <tr key={index}><td>{item(line)}</td><td>{line.quantity} {unit(line)}</td><td>{yen(line.unitPrice)}</td><td>{yen(line.amount)}</td></tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row" colSpan={3}>{t("subtotal")}</th><td>{yen(quote.subtotal)}</td></tr>
          {quote.taxes.map((tax) => (
            <tr key={tax.category}><th scope="row" colSpan={3}>{t("taxLine", { rate: tax.rate, amount: yen(tax.taxableAmount) })}</th><td>{yen(tax.tax)}</td></tr>
          ))}
          <tr className="quote-total"><th scope="row" colSpan={3}>{t("total")}</th><td>{yen(quote.total)}</td></tr>
        </tfoot>
      </table>
      {quote.notes && <p><strong>{t("notes")}:</strong> {quote.notes}</p>}
      {quote.answeredBy && quote.answeredAt && <p>{t("answeredBy", { name: quote.answeredBy.name, date: formatDate(quote.answeredAt, zone, language) })}</p>}
      {quote.declineReason && <p>{t("declineReason", { reason: quote.declineReason })}</p>}
    </article>
  );
}
