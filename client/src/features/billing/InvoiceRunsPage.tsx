import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { billingApi } from "../../api/billing";
import { billingKeys, invalidate } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useWorkspace } from "../../lib/use-workspace";
import { previousMonth, currentMonth } from "./billing-format";
import { useBillingTranslation } from "./i18n";
import { InvoiceTable } from "./InvoiceTable";
import { IssuerSettingsForm } from "./IssuerSettingsForm";
import "./billing.css";

/** The admin's monthly run: run → preview each draft → issue; then paid/unpaid, credit notes and the CSV. */
export default function InvoiceRunsPage() {
  const { t } = useBillingTranslation();
  usePageTitle(t("runs.title"));
  const { institution, user } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("month") ?? "") ? params.get("month")! : previousMonth(currentMonth());
  const setMonth = (value: string) => setParams({ month: value }, { replace: true });
  const client = useQueryClient();
  const institutionId = institution?.id;
  const manage = user.role === "institution_admin" && institutionId !== undefined;
  const invoices = useQuery({ queryKey: billingKeys.invoices(month, institutionId), queryFn: () => billingApi.invoices({ month, institutionId }) });
  const settings = useQuery({ queryKey: billingKeys.settings(institutionId ?? 0), queryFn: () => billingApi.settings(institutionId!), enabled: manage });
  const run = useMutation({
    mutationFn: () => billingApi.run(institutionId!, month),
    onSuccess: () => invalidate(client, billingKeys.all),
  });
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("runs.title")}</h1>
        <p className="muted">{t("runs.intro")}</p>
      </div>
      {settings.data && (
        <p data-testid="issuer">
          {t("runs.settings")}: {settings.data.settings.issuerName} · {t("runs.registration")}: {settings.data.settings.registrationNumber || "—"}
        </p>
      )}
      {settings.data && !settings.data.settings.registrationNumber && <Alert kind="warning">{t("runs.notRegistered")}</Alert>}
      {settings.data && institutionId !== undefined && <IssuerSettingsForm key={JSON.stringify(settings.data.settings)} institutionId={institutionId} settings={settings.data.settings} />}
      <div className="billing-tools">
        <label>
          <span>{t("month")}</span> <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} data-testid="run-month" />
        </label>
        {manage && (
          <button type="button" className="button" disabled={run.isPending} onClick={() => run.mutate()}>
            {run.isPending ? t("runs.running") : t("runs.run")}
          </button>
        )}
        <a className="button-link" href={billingApi.csvUrl(month, institutionId)} download>{t("runs.csv")}</a>
      </div>
      {run.isSuccess && <Alert kind="success">{t("runs.ran", { count: run.data.invoices.length })}</Alert>}
      {run.isError && <Alert kind="error">{errorMessage(run.error, t)}</Alert>}
      {invoices.isPending && <Loading />}
      {invoices.isError && <Alert kind="error">{errorMessage(invoices.error, t)}</Alert>}
      {invoices.data && <InvoiceTable invoices={invoices.data.items} manage={manage} />}
    </section>
  );
}
