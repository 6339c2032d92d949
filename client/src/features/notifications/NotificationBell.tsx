import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useUnreadCount } from "./use-notifications";
import "./notifications.css";

/** The header's bell: a link to the inbox with the number of unread notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true).data ?? 0;
  const label = t("notifications.bell", { count: unread });
  return (
    <NavLink to="/notifications" className="notification-bell" aria-label={label} title={label} data-testid="notification-bell">
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 && <span className="notification-count" aria-hidden="true">{unread > 99 ? "99+" : unread}</span>}
    </NavLink>
  );
}
