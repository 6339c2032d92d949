import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Outlet, useLocation } from "react-router";
import { Loading } from "../ui/Loading";
import { useSession } from "../lib/use-session";
import { WS } from "../i18n/workspace";
import { homeSection, sectionsFor } from "../lib/workspace-sections";
import "../ui/workspace.css";

/** The staff and facility workspace: a menu of the pages the signed-in role may use, the page beside it. */
export default function WorkspaceLayout() {
  const { t } = useTranslation(WS);
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  const user = session.data;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  const sections = sectionsFor(user.role);
  const home = homeSection(user.role);
  if (!home) return <Navigate to="/" replace />;
  const current = location.pathname.split("/")[2];
  if (!current) return <Navigate to={`/workspace/${home}`} replace />;
  if (!sections.includes(current as (typeof sections)[number])) return <Navigate to={`/workspace/${home}`} replace />;
  return (
    <div className="workspace">
      <nav className="workspace-nav" aria-label={t("nav.label")}>
        <p className="workspace-role">{t(`roles.${user.role}`)}</p>
        <ul>
          {sections.map((section) => (
            <li key={section}>
              <NavLink to={`/workspace/${section}`}>{t(`nav.${section}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="workspace-main">
        <Outlet />
      </div>
    </div>
  );
}
