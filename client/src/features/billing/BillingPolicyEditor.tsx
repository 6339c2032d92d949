import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { BillingPolicyView } from "../../../../shared/schemas/billing";
import { billingApi } from "../../api/billing";
import { billingKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { useBillingTranslation } from "./i18n";
import "./billing.css";

/** The admin sets how an instrument bills: booked or actual time, the billing unit, the cancellation policy, the no-show fee. */
export function BillingPolicyEditor({ instrumentId, writable }: { instrumentId: number; writable: boolean }) {
  const policy = useQuery({ queryKey: billingKeys.policy(instrumentId), queryFn: () => billingApi.policy(instrumentId) });
  if (!policy.data) return null;
  // Keyed by the instrument only: a save refetches the policy, and remounting would drop the "saved" message.
  return <PolicyForm key={instrumentId} instrumentId={instrumentId} policy={policy.data.policy} writable={writable} />;
}

function PolicyForm({ instrumentId, policy, writable }: { instrumentId: number; policy: BillingPolicyView; writable: boolean }) {
  const { t } = useBillingTranslation();
  const client = useQueryClient();
  const [v, setV] = useState(policy);
  const number = (key: keyof Omit<BillingPolicyView, "billsBookedTime">, min: number, max: number) => (
    <input type="number" min={min} max={max} step={1} required disabled={!writable} value={v[key]} onChange={(e) => setV({ ...v, [key]: Number(e.target.value) })} />
  );
  const save = useMutation({ mutationFn: () => billingApi.savePolicy(instrumentId, v), onSuccess: () => invalidate(client, billingKeys.policy(instrumentId)) });
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  return (
    <section className="panel billing-policy-editor" data-testid="billing-policy-editor">
      <h2>{t("policyEditor.title")}</h2>
      <form onSubmit={submit} className="stack">
        <label>
          <span>{t("policyEditor.basis")}</span>
          <select disabled={!writable} value={v.billsBookedTime ? "booked" : "actual"} onChange={(e) => setV({ ...v, billsBookedTime: e.target.value === "booked" })}>
            <option value="actual">{t("policy.actual")}</option>
            <option value="booked">{t("policy.booked")}</option>
          </select>
        </label>
        <label><span>{t("policyEditor.unit")}</span> {number("billingUnitMinutes", 1, 1440)}</label>
        <label><span>{t("policyEditor.freeHours")}</span> {number("freeCancellationHours", 0, 24 * 90)}</label>
        <label><span>{t("policyEditor.latePercent")}</span> {number("lateCancellationPercent", 0, 100)}</label>
        <label><span>{t("policyEditor.noShowPercent")}</span> {number("noShowPercent", 0, 100)}</label>
        {writable && <button type="submit" className="button button-small" disabled={save.isPending}>{t("policyEditor.save")}</button>}
      </form>
      {save.isSuccess && <Alert kind="success">{t("policyEditor.saved")}</Alert>}
      {save.isError && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
    </section>
  );
}
