import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CONSULTATION_STATUSES } from "../../../../shared/enums";
import { consultationsApi } from "../../api/consultations";
import { consultationKeys } from "../../api/query-keys";
import { CONSULT } from "../../i18n/consultations";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatLocalDate } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import "../../ui/workspace.css";
import "./consultations.css";

/** The consultations a role sees: a company its own, an institution those routed to it, the coordinator all (by status). */
export default function ConsultationsPage() {
  const { t, i18n } = useTranslation(CONSULT);
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  usePageTitle(t("consult.list.title"));
  const { data: user } = useSession();
  const [status, setStatus] = useState("");
  const list = useQuery({ queryKey: consultationKeys.list(status), queryFn: () => consultationsApi.list({ status: status || undefined }) });
  const name = (n: { nameJa: string; nameEn: string }) => (language === "en" ? n.nameEn : n.nameJa);
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("consult.list.title")}</h1>
        <p className="muted">{t("consult.list.intro")}</p>
        {user?.role === "company_member" && <Link className="button" to="/consultations/new">{t("consult.ask")}</Link>}
      </div>
      <label className="consultation-filter">
        {t("consult.list.filter")}{" "}
        <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="status-filter">
          <option value="">{t("consult.list.all")}</option>
          {CONSULTATION_STATUSES.map((s) => <option key={s} value={s}>{t(`consult.status.${s}`)}</option>)}
        </select>
      </label>
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {list.data?.items.length === 0 && <p className="empty">{t("consult.list.none")}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="data-table" data-testid="consultations">
          <thead>
            <tr><th>{t("consult.new.summary")}</th><th>{t("consult.detail.company")}</th><th>{t("consult.detail.institutions")}</th><th>{t("consult.list.filter")}</th><th>{t("consult.new.desiredBy")}</th></tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id} data-testid="consultation-row">
                <td><Link to={`/consultations/${c.id}`}>{c.summary}</Link></td>
                <td>{name(c.company)}</td>
                <td>{c.institutions.map(name).join(", ") || t("consult.detail.notRouted")}</td>
                <td><span className={`badge status-${c.status}`}>{t(`consult.status.${c.status}`)}</span></td>
                <td>{c.desiredBy ? formatLocalDate(c.desiredBy, language) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
