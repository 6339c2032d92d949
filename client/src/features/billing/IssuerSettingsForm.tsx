import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { BillingSettingsView } from "../../../../shared/schemas/billing";
import { billingApi } from "../../api/billing";
import { billingKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { useBillingTranslation } from "./i18n";

/** The admin sets the issuer: legal name, registration number, payment terms, number prefix, tax rounding, payment instructions. */
export function IssuerSettingsForm({ institutionId, settings }: { institutionId: number; settings: BillingSettingsView }) {
  const { t } = useBillingTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState(settings);
  const save = useMutation({ mutationFn: () => billingApi.saveSettings(institutionId, values), onSuccess: () => invalidate(client, billingKeys.all) });
  const set = <K extends keyof BillingSettingsView>(key: K, value: BillingSettingsView[K]) => setValues({ ...values, [key]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <details className="issuer-settings">
      <summary>{t("settings.title")}</summary>
      <form onSubmit={submit} className="billing-tools">
        <label>
          <span>{t("settings.issuerName")}</span> <input value={values.issuerName} maxLength={200} onChange={(e) => set("issuerName", e.target.value)} />
        </label>
        <label>
          <span>{t("runs.registration")}</span> <input value={values.registrationNumber} placeholder="T1234567890123" maxLength={14} onChange={(e) => set("registrationNumber", e.target.value.trim())} />
        </label>
        <label>
          <span>{t("settings.paymentTermsDays")}</span> <input type="number" min={0} max={365} value={values.paymentTermsDays} onChange={(e) => set("paymentTermsDays", Number(e.target.value))} />
        </label>
        <label>
          <span>{t("settings.invoicePrefix")}</span> <input value={values.invoicePrefix} maxLength={10} onChange={(e) => set("invoicePrefix", e.target.value.toUpperCase())} />
        </label>
        <label>
          <span>{t("settings.taxRounding")}</span>
          <select value={values.taxRounding} onChange={(e) => set("taxRounding", e.target.value as BillingSettingsView["taxRounding"])}>
            {(["floor", "round", "ceil"] as const).map((mode) => <option key={mode} value={mode}>{t(`invoice.roundings.${mode}`)}</option>)}
          </select>
        </label>
        <label className="wide">
          <span>{t("settings.paymentNote")}</span> <textarea value={values.paymentNote} maxLength={500} rows={2} onChange={(e) => set("paymentNote", e.target.value)} />
        </label>
        <button type="submit" className="button button-small" disabled={save.isPending}>{t("settings.save")}</button>
      </form>
      {save.isSuccess && <Alert kind="success">{t("settings.saved")}</Alert>}
      {save.isError && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
    </details>
  );
}
