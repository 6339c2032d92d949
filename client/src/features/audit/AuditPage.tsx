import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { Pagination } from "../../ui/Pagination";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { auditKeys } from "../../api/query-keys";
import { AuditRow } from "./AuditRow";

const ENTITY_TYPES = ["reservation", "instrument", "blackout", "institution_closure", "staff_member", "qualification", "user", "charge", "invoice"] as const;

/** Who changed what, when and why: newest first, filterable by kind of record. */
export default function AuditPage() {
  const { t } = useTranslation(WS);
  const { user } = useWorkspace();
  // Staff and admins see their own institution's trail; the coordinator sees every institution's.
  const several = user.institutionId === null;
  usePageTitle(t("nav.audit"));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const entityType = params.get("type") ?? "";
  const list = useQuery({
    queryKey: auditKeys.page(page, entityType),
    queryFn: () => workspaceApi.audit({ page, entityType: entityType || undefined }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("audit.title")}</h1>
        <p className="muted">{t("audit.intro")}</p>
      </div>
      <div className="filters audit-filters">
        <label>
          <span>{t("audit.type")}</span>
          <select value={entityType} onChange={(e) => setParams(e.target.value ? { type: e.target.value } : {})}>
            <option value="">{t("audit.allTypes")}</option>
            {ENTITY_TYPES.map((type) => <option key={type} value={type}>{t(`audit.types.${type}`)}</option>)}
          </select>
        </label>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {list.data?.items.length === 0 && <p className="empty">{t("audit.none")}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <table className="data-table" data-testid="audit">
            <thead><tr><th>{t("audit.when")}</th>{several && <th>{t("audit.institution")}</th>}<th>{t("audit.who")}</th><th>{t("audit.what")}</th><th>{t("audit.why")}</th></tr></thead>
            <tbody>
              {list.data.items.map((e) => <AuditRow key={e.id} event={e} showInstitution={several} />)}
            </tbody>
          </table>
          <Pagination page={page} pageCount={Math.ceil(list.data.total / list.data.pageSize)} onPage={(p) => setParams({ ...(entityType ? { type: entityType } : {}), page: String(p) })} />
        </>
      )}
    </section>
  );
}
