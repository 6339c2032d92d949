import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { User } from "../../../../shared";

/** In place of the booking form for visitors (sign in or sign up) and for accounts that cannot book. */
export function SignInToBook({ user }: { user: User | null | undefined }) {
  const { t } = useTranslation();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname);
  return (
    <aside className="booking-panel" aria-labelledby="details-title">
      <h3 id="details-title">{t("booking.detailsTitle")}</h3>
      {user ? (
        <p>{t("booking.companyOnly")}</p>
      ) : (
        <>
          <p>{t("booking.signInHint")}</p>
          <div className="button-row">
            <Link className="button" to={`/login?next=${next}`}>{t("booking.signInToBook")}</Link>
            <Link className="button button-secondary" to={`/signup?next=${next}`}>{t("app.nav.signUp")}</Link>
          </div>
        </>
      )}
    </aside>
  );
}
