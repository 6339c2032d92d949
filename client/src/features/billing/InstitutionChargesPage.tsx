import { useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useSearchParams } from "react-router";
import { DateTime } from "luxon";
import type { ChargeView } from "../../../../shared/schemas/billing";
import { billingApi } from "../../api/billing";
import { billingKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useWorkspace } from "../../lib/use-workspace";
import { canChange } from "../../lib/workspace-sections";
import { currentMonth } from "./billing-format";
import { ChargeAmountCells, ChargeDateCell, ChargeHead } from "./ChargeCells";
import { AddChargeForm, CorrectChargeForm } from "./ChargeForms";
import { useBillingTranslation } from "./i18n";
import "./billing.css";

/** The institution's charges of a month: staff add consumables and ad hoc lines and correct charges until invoiced. */
export default function InstitutionChargesPage() {
  const { t } = useBillingTranslation();
  usePageTitle(t("adjust.title"));
  const { institution, user, zone } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("month") ?? "") ? params.get("month")! : currentMonth(zone);
  const institutionId = institution?.id;
  const charges = useQuery({ queryKey: billingKeys.charges(month, institutionId), queryFn: () => billingApi.charges({ month, institutionId }) });
  const items = charges.data?.items ?? [];
  const companies = [...new Map(items.map((c) => [c.companyId, { id: c.companyId, name: c.companyName }])).values()];
  const today = DateTime.now().setZone(zone).toISODate()!;
  const editable = canChange(user.role) && institutionId !== undefined;
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("adjust.title")}</h1>
        <p className="muted">{t("adjust.intro")}</p>
      </div>
      <div className="billing-tools">
        <label>
          <span>{t("month")}</span> <input type="month" value={month} onChange={(e) => e.target.value && setParams({ month: e.target.value }, { replace: true })} data-testid="adjust-month" />
        </label>
      </div>
      {editable && charges.data && <AddChargeForm key={month} institutionId={institutionId} companies={companies} today={month === currentMonth(zone) ? today : `${month}-01`} />}
      {charges.isPending && <Loading />}
      {charges.isError && <Alert kind="error">{errorMessage(charges.error, t)}</Alert>}
      {charges.data && (items.length === 0 ? <p className="empty">{t("charges.none")}</p> : <ChargeRows items={items} editable={editable} />)}
    </section>
  );
}

function ChargeRows({ items, editable }: { items: ChargeView[]; editable: boolean }) {
  const { t } = useBillingTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <table className="data-table billing-table" data-testid="institution-charges">
      <ChargeHead party={t("adjust.company")} />
      <tbody>
        {items.map((c) => (
          <Fragment key={c.id}>
            <tr data-testid={`charge-${c.id}`}>
              <ChargeDateCell charge={c} />
              <td>{c.companyName}</td>
              <td>{t(`kinds.${c.kind}`)}: {c.description}</td>
              <ChargeAmountCells charge={c} />
              <td>
                {c.invoiced ? t("charges.invoiced") : t("charges.open")}
                {editable && !c.invoiced && editing !== c.id && (
                  <> <button type="button" className="button-link" onClick={() => setEditing(c.id)}>{t("adjust.correct")}</button></>
                )}
              </td>
            </tr>
            {editing === c.id && (
              <tr>
                <td colSpan={7}><CorrectChargeForm charge={c} onDone={() => setEditing(null)} /></td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
