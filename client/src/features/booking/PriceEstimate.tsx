import { useTranslation } from "react-i18next";
import type { AssistanceType, CustomerType, Rates } from "../../../../shared";
import { formatYen } from "../../lib/format";
import { estimatePrice } from "./price";

interface Props {
  rates: Rates;
  customerType: CustomerType;
  slot: { start: string; end: string };
  assistance: AssistanceType;
  /** The customer type is not verified yet: the amount is provisional (暫定). */
  provisional?: boolean;
  /** Booking for a member of this company (staff, on behalf): the notes name it. */
  company?: string;
}

export function PriceEstimate({ rates, customerType, slot, assistance, provisional = false, company }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const estimate = estimatePrice(rates, customerType, slot.start, slot.end, assistance);
  const hours = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(estimate.hours);
  return (
    <section className="estimate" aria-labelledby="estimate-title">
      <h4 id="estimate-title">{t("booking.estimate")}</h4>
      <dl>
        <div>
          <dt>{t("booking.estimateLine", { hours, rate: formatYen(estimate.hourlyRate, language) })}</dt>
          <dd>{formatYen(Math.round(estimate.hours * estimate.hourlyRate), language)}</dd>
        </div>
        {estimate.assistancePerHour > 0 && (
          <div>
            <dt>{t("booking.estimateAssistance", { hours, rate: formatYen(estimate.assistancePerHour, language) })}</dt>
            <dd>{formatYen(Math.round(estimate.hours * estimate.assistancePerHour), language)}</dd>
          </div>
        )}
      </dl>
      <p className="estimate-total" data-testid="price-total">
        {provisional ? t("company.provisionalPrice", { price: formatYen(estimate.total, language) }) : formatYen(estimate.total, language)}
      </p>
      {provisional && <p className="small" data-testid="price-provisional">{company ? t("company.provisionalNoteFor", { company }) : t("company.provisionalNote")}</p>}
      <p className="muted small">{t(company ? "booking.estimateNoteFor" : "booking.estimateNote", { customerType: t(`booking.customerType.${customerType}`), company })}</p>
    </section>
  );
}
