import { useQuery } from "@tanstack/react-query";
import { billingApi } from "../../api/billing";
import { billingKeys } from "../../api/query-keys";
import { useBillingTranslation } from "./i18n";
import "./billing.css";

/** The instrument's billing unit, cancellation policy and no-show fee, shown before a company books. */
export function BillingPolicyNote({ instrumentId, headingLevel = 2 }: { instrumentId: number; headingLevel?: 2 | 4 }) {
  const { t } = useBillingTranslation();
  const policy = useQuery({ queryKey: billingKeys.policy(instrumentId), queryFn: () => billingApi.policy(instrumentId) });
  if (!policy.data) return null;
  const p = policy.data.policy;
  const Heading = headingLevel === 2 ? "h2" : "h4";
  return (
    <section className="billing-policy" data-testid="billing-policy">
      <Heading>{t("policy.title")}</Heading>
      <p>{t("policy.unit", { minutes: p.billingUnitMinutes, basis: t(p.billsBookedTime ? "policy.booked" : "policy.actual") })}</p>
      <p>{t("policy.cancellation", { hours: p.freeCancellationHours, percent: p.lateCancellationPercent })}</p>
      <p>{t("policy.noShow", { percent: p.noShowPercent })}</p>
      <p className="muted small">{t("policy.facility")}</p>
    </section>
  );
}
