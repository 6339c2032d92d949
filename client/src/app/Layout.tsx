import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import type { User } from "../../../shared";
import { NotificationBell } from "../features/notifications";
import { LanguageSwitcher } from "../ui/LanguageSwitcher";
import { useSession, useSignOut } from "../lib/use-session";

/** Header with navigation, language and account; the page's content below. */
export function Layout() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  // Kept here, not in the account menu: signing out unmounts the menu, which would drop mutate()'s navigate-home callback.
  const signOut = useSignOut();
  const navigate = useNavigate();
  useDocumentLanguage();
  useFocusContentOnNavigation();

  return (
    <>
      <a className="skip-link" href="#main">{t("app.skipToContent")}</a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">◎</span>
            <span>{t("app.name")}</span>
          </Link>
          <MainNav user={user} />
          <div className="header-tools">
            {user && <NotificationBell />}
            <LanguageSwitcher />
            {user ? <AccountMenu user={user} onSignOut={() => signOut.mutate(undefined, { onSuccess: () => navigate("/") })} /> : <SignInLinks />}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">{t("app.footer")} <Link to="/terms">{t("company.terms.title")}</Link></div>
      </footer>
    </>
  );
}

/** Keeps <html lang> in step with the language shown. */
function useDocumentLanguage() {
  const { i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? "ja";
  }, [i18n.resolvedLanguage]);
}

/** After moving to another page, start at its top and put keyboard focus on its content. */
function useFocusContentOnNavigation() {
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [location.pathname]);
}

/** The catalogue and the technology directory for everyone; reservations for company members, the workspace for everyone else signed in. */
function MainNav({ user }: { user: User | null | undefined }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t("app.name")}>
      <NavLink to="/" end>{t("app.nav.catalogue")}</NavLink>
      <NavLink to="/directory">{t("app.nav.directory")}</NavLink>
      {user?.role === "company_member" && <NavLink to="/reservations">{t("app.nav.reservations")}</NavLink>}
      {user?.role === "company_member" && <NavLink to="/consultations/new" aria-label={t("app.nav.askAdvice")}>{t("app.nav.askAdviceShort")}</NavLink>}
      {user && user.role !== "company_member" && <NavLink to="/workspace">{t("app.nav.workspace")}</NavLink>}
      {user && user.role !== "company_member" && <NavLink to="/consultations" end>{t("app.nav.consultations")}</NavLink>}
      {user && <NavLink to="/calendar-feeds" aria-label={t("app.nav.calendarFeeds")}>{t("app.nav.calendarFeedsShort")}</NavLink>}
    </nav>
  );
}

/** Who is signed in, with password change and sign-out. */
function AccountMenu({ user, onSignOut }: { user: User; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="account">
      {user.companyId === null ? (
        <span className="account-name" title={t("app.signedInAs", { name: user.displayName })}>{user.displayName}</span>
      ) : (
        // A company member's name opens their company's page (profile, members, customer type).
        <NavLink to={`/companies/${user.companyId}`} className="account-name" title={t("company.profile.title")}>{user.displayName}</NavLink>
      )}
      <NavLink to="/account/password" className="button-link" aria-label={t("app.nav.changePassword")}>{t("app.nav.password")}</NavLink>
      <button type="button" className="button-link" onClick={onSignOut}>
        {t("app.nav.signOut")}
      </button>
    </div>
  );
}

/** Sign in and sign up, each coming back to the page it was opened from. */
function SignInLinks() {
  const { t } = useTranslation();
  const location = useLocation();
  const here = ["/login", "/signup"].includes(location.pathname) ? "" : `?next=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <div className="account">
      <Link to={`/login${here}`}>{t("app.nav.signIn")}</Link>
      <Link to={`/signup${here}`} className="button button-small">{t("app.nav.signUp")}</Link>
    </div>
  );
}
