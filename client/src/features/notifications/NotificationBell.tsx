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
      <span aria-hidden="true">🔔</span>
      {unread > 0 && <span className="notification-count" aria-hidden="true">{unread > 99 ? "99+" : unread}</span>}
    </NavLink>
  );
}
