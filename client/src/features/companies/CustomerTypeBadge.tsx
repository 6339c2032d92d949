import { useTranslation } from "react-i18next";
import type { CompanyVerification, CustomerType } from "../../../../shared";

/** A company's customer type and whether it is verified, as staff see it on every booking. */
export function CustomerTypeBadge({ customerType, verification }: { customerType: CustomerType; verification: CompanyVerification }) {
  const { t } = useTranslation();
  return (
    <span className={`customer-type customer-type-${verification}`} data-testid="customer-type">
      {t(`company.customerTypes.${customerType}`)} · {t(`company.verification.${verification}`)}
    </span>
  );
}
