import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { LanguageSwitcher } from "../ui/LanguageSwitcher";
import { useSession, useSignOut } from "../lib/use-session";

/** Header with navigation, language and account; the page's content below. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const { data: user } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  // Signing in or up from any page comes back to it.
  const here = ["/login", "/signup"].includes(location.pathname) ? "" : `?next=${encodeURIComponent(location.pathname + location.search)}`;

  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? "ja";
  }, [i18n.resolvedLanguage]);

  // After moving to another page, start at its top and put keyboard focus on its content.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">{t("app.skipToContent")}</a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">◎</span>
            <span>{t("app.name")}</span>
          </Link>
          <nav className="main-nav" aria-label={t("app.name")}>
            <NavLink to="/" end>{t("app.nav.catalogue")}</NavLink>
            {user?.role === "company_member" && <NavLink to="/reservations">{t("app.nav.reservations")}</NavLink>}
            {user && user.role !== "company_member" && <NavLink to="/workspace">{t("app.nav.workspace")}</NavLink>}
            {user && <NavLink to="/calendar-feeds">{t("app.nav.calendarFeeds")}</NavLink>}
          </nav>
          <div className="header-tools">
            <LanguageSwitcher />
            {user ? (
              <div className="account">
                <span className="account-name" title={t("app.signedInAs", { name: user.displayName })}>{user.displayName}</span>
                <NavLink to="/account/password" className="button-link">{t("app.nav.changePassword")}</NavLink>
                <button type="button" className="button-link" onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate("/") })}>
                  {t("app.nav.signOut")}
                </button>
              </div>
            ) : (
              <div className="account">
                <Link to={`/login${here}`}>{t("app.nav.signIn")}</Link>
                <Link to={`/signup${here}`} className="button button-small">{t("app.nav.signUp")}</Link>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">{t("app.footer")}</div>
      </footer>
    </>
  );
}
