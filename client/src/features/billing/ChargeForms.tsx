import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { ChargeView } from "../../../../shared/schemas/billing";
import { billingApi } from "../../api/billing";
import { billingKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { useBillingTranslation } from "./i18n";

const TAX = ["standard", "reduced", "exempt"] as const;
type Tax = (typeof TAX)[number];

function TaxSelect({ value, onChange }: { value: Tax; onChange: (value: Tax) => void }) {
  const { t } = useBillingTranslation();
  return (
    <label>
      <span>{t("adjust.tax")}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Tax)}>
        {TAX.map((category) => <option key={category} value={category}>{t(`adjust.taxes.${category}`)}</option>)}
      </select>
    </label>
  );
}

/** Staff add a consumable or an ad hoc line for a company (description, quantity, unit, unit price, tax rate, date). */
export function AddChargeForm({ institutionId, companies, today }: { institutionId: number; companies: { id: number; name: string }[]; today: string }) {
  const { t } = useBillingTranslation();
  const client = useQueryClient();
  const [v, setV] = useState({ companyId: companies[0]?.id ?? 0, kind: "consumable" as "consumable" | "adhoc", description: "", quantity: "1", unit: "", unitPrice: "", taxCategory: "standard" as Tax, date: today });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const add = useMutation({
    mutationFn: () => billingApi.addCharge({ ...v, institutionId, quantity: Number(v.quantity), unitPrice: Number(v.unitPrice) }),
    onSuccess: () => { invalidate(client, billingKeys.all); set({ description: "", unitPrice: "" }); },
  });
  const submit = (e: FormEvent) => { e.preventDefault(); add.mutate(); };
  if (companies.length === 0) return null;
  return (
    <details className="issuer-settings" data-testid="add-charge">
      <summary>{t("adjust.addTitle")}</summary>
      <p className="muted">{t("adjust.addIntro")}</p>
      <form onSubmit={submit} className="billing-tools">
        <label>
          <span>{t("adjust.company")}</span>
          <select value={v.companyId} onChange={(e) => set({ companyId: Number(e.target.value) })}>
            {companies.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>
          <span>{t("charges.kind")}</span>
          <select value={v.kind} onChange={(e) => set({ kind: e.target.value as typeof v.kind })}>
            <option value="consumable">{t("kinds.consumable")}</option>
            <option value="adhoc">{t("kinds.adhoc")}</option>
          </select>
        </label>
        <label><span>{t("charges.date")}</span> <input type="date" required value={v.date} onChange={(e) => set({ date: e.target.value })} /></label>
        <label className="wide"><span>{t("charges.description")}</span> <input required maxLength={300} value={v.description} onChange={(e) => set({ description: e.target.value })} /></label>
        <label><span>{t("charges.quantity")}</span> <input type="number" required min={0.001} step={0.001} value={v.quantity} onChange={(e) => set({ quantity: e.target.value })} /></label>
        <label><span>{t("adjust.unit")}</span> <input required maxLength={20} value={v.unit} placeholder={t("adjust.unitHint")} onChange={(e) => set({ unit: e.target.value })} /></label>
        <label><span>{t("charges.unitPrice")}</span> <input type="number" required min={0} step={1} value={v.unitPrice} onChange={(e) => set({ unitPrice: e.target.value })} /></label>
        <TaxSelect value={v.taxCategory} onChange={(taxCategory) => set({ taxCategory })} />
        <button type="submit" className="button button-small" disabled={add.isPending}>{t("adjust.add")}</button>
      </form>
      {add.isSuccess && <Alert kind="success">{t("adjust.added")}</Alert>}
      {add.isError && <Alert kind="error">{errorMessage(add.error, t)}</Alert>}
    </details>
  );
}

/** Staff correct a charge not yet invoiced: the new values and a reason, kept in the audit trail. */
export function CorrectChargeForm({ charge, onDone }: { charge: ChargeView; onDone: () => void }) {
  const { t } = useBillingTranslation();
  const client = useQueryClient();
  const [v, setV] = useState({ description: charge.description, quantity: String(charge.quantity), unitPrice: String(charge.unitPrice), taxCategory: charge.taxCategory as Tax, reason: "" });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const correct = useMutation({
    mutationFn: () => billingApi.correctCharge(charge.id, { ...v, quantity: Number(v.quantity), unitPrice: Number(v.unitPrice) }),
    onSuccess: () => { invalidate(client, billingKeys.all); onDone(); },
  });
  const submit = (e: FormEvent) => { e.preventDefault(); correct.mutate(); };
  return (
    <form onSubmit={submit} className="billing-tools" data-testid="correct-charge" aria-label={t("adjust.correctTitle")}>
      <label className="wide"><span>{t("charges.description")}</span> <input required maxLength={300} value={v.description} onChange={(e) => set({ description: e.target.value })} /></label>
      <label><span>{t("charges.quantity")}</span> <input type="number" required min={0.001} step={0.001} value={v.quantity} onChange={(e) => set({ quantity: e.target.value })} /></label>
      <label><span>{t("charges.unitPrice")}</span> <input type="number" required min={0} step={1} value={v.unitPrice} onChange={(e) => set({ unitPrice: e.target.value })} /></label>
      <TaxSelect value={v.taxCategory} onChange={(taxCategory) => set({ taxCategory })} />
      <label className="wide"><span>{t("adjust.reason")}</span> <input required maxLength={1000} value={v.reason} onChange={(e) => set({ reason: e.target.value })} /></label>
      <button type="submit" className="button button-small" disabled={correct.isPending}>{t("adjust.save")}</button>
      <button type="button" className="button-link" onClick={onDone}>{t("adjust.cancel")}</button>
      {correct.isError && <Alert kind="error">{errorMessage(correct.error, t)}</Alert>}
    </form>
  );
}
