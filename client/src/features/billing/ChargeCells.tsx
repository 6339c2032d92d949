import type { ChargeView } from "../../../../shared/schemas/billing";
import { formatDate, formatYen } from "../../lib/format";
import { quantityLabel } from "./billing-format";
import { useBillingTranslation } from "./i18n";

/** The column headings of a charge table; `party` is the second column (the kind for a company, the company for staff). */
export function ChargeHead({ party }: { party: string }) {
  const { t } = useBillingTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t("charges.date")}</th>
        <th scope="col">{party}</th>
        <th scope="col">{t("charges.description")}</th>
        <th scope="col" className="num">{t("charges.quantity")}</th>
        <th scope="col" className="num">{t("charges.unitPrice")}</th>
        <th scope="col" className="num">{t("charges.amount")}</th>
        <th scope="col">{t("charges.status")}</th>
      </tr>
    </thead>
  );
}

/** The date (in the institution's zone) and the priced cells of one charge, around the two cells the table chooses. */
export function ChargeDateCell({ charge }: { charge: ChargeView }) {
  const { language } = useBillingTranslation();
  return <td>{formatDate(charge.occurredAt, charge.timeZone, language)}</td>;
}

export function ChargeAmountCells({ charge }: { charge: ChargeView }) {
  const { t, language } = useBillingTranslation();
  return (
    <>
      <td className="num">{quantityLabel(charge.quantity, charge.unit, t, language)}</td>
      <td className="num">{formatYen(charge.unitPrice, language)}</td>
      <td className="num">{formatYen(charge.amount, language)}</td>
    </>
  );
}
