import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatYen } from "../../lib/format";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { facilityInstrumentKeys } from "../../api/query-keys";

/** The institution's instruments (the coordinator sees every institution's) with status, rules and rates at a glance. */
export default function InstrumentsPage() {
  const { t } = useTranslation(WS);
  const { user, writable, language } = useWorkspace();
  usePageTitle(t("instruments.title"));
  const [params, setParams] = useSearchParams();
  const retired = params.get("show") === "retired";
  const list = useQuery({
    queryKey: facilityInstrumentKeys.list(user.institutionId, retired, language),
    queryFn: () => workspaceApi.instruments({ institutionId: user.institutionId ?? undefined, status: retired ? "retired" : undefined }),
  });
  return (
    <section className="page">
      <div className="page-head page-head-actions">
        <div>
          <h1>{t("instruments.title")}</h1>
          <p className="muted">{t("instruments.intro")}</p>
        </div>
        {writable && <Link to="/workspace/instruments/new" className="button">{t("instruments.new")}</Link>}
      </div>
      <div className="tabs" role="tablist" aria-label={t("instruments.title")}>
        <button type="button" role="tab" aria-selected={!retired} onClick={() => setParams({})}>{t("instruments.inService")}</button>
        <button type="button" role="tab" aria-selected={retired} onClick={() => setParams({ show: "retired" })}>{t("instruments.retired")}</button>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {list.data?.items.length === 0 && <p className="empty">{t("instruments.none")}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="data-table" data-testid="instrument-table">
          <thead>
            <tr><th>{t("instruments.name")}</th><th>{t("instruments.location")}</th><th>{t("instruments.modes")}</th><th>{t("instruments.rate")}</th><th>{t("instruments.status")}</th></tr>
          </thead>
          <tbody>
            {list.data.items.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/workspace/instruments/${i.id}`}><strong>{i.name}</strong></Link>
                  <div className="muted small">{i.categoryLabel}{i.model ? ` · ${i.manufacturer} ${i.model}` : ""}{user.role === "coordinator" ? ` · ${i.institution.name}` : ""}</div>
                </td>
                <td className="small">{i.location.building} {i.location.room}</td>
                <td className="small">{(["selfUse", "staffOperated", "training"] as const).filter((m) => i.usageModes[m]).map((m) => t(`editor.modes.${m}`)).join(" · ")}{i.rules.requiresApproval ? ` · ${t("instruments.approval")}` : ""}</td>
                <td className="small">{t("instruments.perHour", { price: formatYen(i.rates.sme, language) })}</td>
                <td><span className={`badge badge-${i.status}`}>{t(`instrumentStatus.${i.status}`)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
