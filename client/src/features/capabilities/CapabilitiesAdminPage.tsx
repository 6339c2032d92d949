import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DIR } from "../../i18n/directory";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { useCapabilitySearch } from "./use-directory";

/** The workspace's list of research capabilities: an admin's institution's (drafts included), or all for the coordinator. */
export default function CapabilitiesAdminPage() {
  const { t } = useTranslation(DIR);
  const user = useSession().data!;
  usePageTitle(t("admin.title"));
  const list = useCapabilitySearch({ institutionId: user.institutionId ?? undefined, pageSize: 100 });
  return (
    <section className="page">
      <div className="page-head page-head-actions">
        <div>
          <h1>{t("admin.title")}</h1>
          <p className="muted">{t("admin.intro")}</p>
        </div>
        <Link to="/workspace/capabilities/new" className="button">{t("admin.new")}</Link>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {list.data?.items.length === 0 && <p className="empty">{t("admin.none")}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="data-table" data-testid="capability-table">
          <thead>
            <tr><th>{t("admin.name")}</th><th>{t("laboratory")}</th><th>{t("instruments")}</th><th>{t("admin.status")}</th></tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/workspace/capabilities/${c.id}`}><strong>{c.title}</strong></Link>
                  {user.role === "coordinator" && <div className="muted small">{c.institution.name}</div>}
                </td>
                <td className="small">{c.laboratory}</td>
                <td className="small">{c.instruments.map((i) => i.name).join(", ")}</td>
                <td><span className={`badge${c.published ? "" : " badge-warning"}`}>{t(c.published ? "admin.published" : "admin.draft")}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
