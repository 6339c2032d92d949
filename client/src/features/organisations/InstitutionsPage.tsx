import { Link, Navigate } from "react-router";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { useInstitutions } from "../../lib/use-institutions";
import { prefectureName } from "../../i18n/prefectures";
import { useOrganisationsTranslation } from "./i18n";

/** The coordinator's list of institutions (an institution admin goes straight to their own). */
export default function InstitutionsPage() {
  const { t, tApp, language } = useOrganisationsTranslation();
  usePageTitle(t("institutions.title"));
  const { data: user } = useSession();
  // The same query (and cached shape) as every page that needs institutions' names and zones.
  const list = useInstitutions();
  if (user?.role === "institution_admin" && user.institutionId) return <Navigate to={`/workspace/institutions/${user.institutionId}`} replace />;
  return (
    <section className="page" aria-labelledby="institutions-title">
      <h1 id="institutions-title">{t("institutions.title")}</h1>
      <p className="muted">{t("institutions.intro")}</p>
      <p><Link className="button" to="/workspace/institutions/new">{t("institutions.add")}</Link></p>
      {list.isError && <Alert kind="error">{errorMessage(list.error, tApp)}</Alert>}
      {list.isPending ? <Loading /> : list.data && (
        <table className="data-table" data-testid="institutions">
          <thead>
            <tr><th scope="col">{t("institutions.name")}</th><th scope="col">{t("institutions.kind")}</th><th scope="col">{t("institutions.prefecture")}</th><th scope="col">{t("institutions.instruments")}</th></tr>
          </thead>
          <tbody>
            {list.data.items.map((institution) => (
              <tr key={institution.id}>
                <td><Link to={`/workspace/institutions/${institution.id}`}>{institution.name}</Link></td>
                <td>{t(`institutions.kinds.${institution.kind}`)}</td>
                <td>{prefectureName(institution.prefecture, language)}</td>
                <td>{institution.instrumentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
