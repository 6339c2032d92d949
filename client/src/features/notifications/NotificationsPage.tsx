import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { NotificationItem } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { Pagination } from "../../ui/Pagination";
import { errorMessage } from "../../lib/error-message";
import { formatDate, formatTime, viewerZone } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { useInbox, useMarkRead } from "./use-notifications";
import "./notifications.css";

/** The inbox: newest first, unread ones marked, each can be marked read, or all at once. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("notifications.title"));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const unreadOnly = params.get("unread") === "true";
  const inbox = useInbox(page, unreadOnly);
  const markRead = useMarkRead();
  const show = (next: { page?: number; unread?: boolean }) => {
    const unread = next.unread ?? unreadOnly;
    setParams({ ...(unread ? { unread: "true" } : {}), ...(next.page && next.page > 1 ? { page: String(next.page) } : {}) });
  };
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("notifications.title")}</h1>
        <p className="muted">{t("notifications.intro")} <Link to="/settings/notifications">{t("notifications.settings")}</Link></p>
      </div>
      <div className="notification-tools">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => show({ unread: e.target.checked })} /> {t("notifications.unreadOnly")}
        </label>
        <button type="button" className="button-link" disabled={!inbox.data?.unread || markRead.isPending} onClick={() => markRead.mutate("all")}>
          {t("notifications.markAllRead")}
        </button>
      </div>
      {inbox.isPending && <Loading />}
      {inbox.isError && <Alert kind="error">{errorMessage(inbox.error, t)}</Alert>}
      {markRead.isError && <Alert kind="error">{errorMessage(markRead.error, t)}</Alert>}
      {inbox.data?.items.length === 0 && <p className="empty">{t(unreadOnly ? "notifications.noneUnread" : "notifications.none")}</p>}
      {inbox.data && inbox.data.items.length > 0 && (
        <>
          <ul className="notification-list" data-testid="notifications">
            {inbox.data.items.map((n) => <NotificationEntry key={n.id} item={n} onRead={() => markRead.mutate(n.id)} busy={markRead.isPending} />)}
          </ul>
          <Pagination page={page} pageCount={Math.ceil(inbox.data.total / inbox.data.pageSize)} onPage={(p) => show({ page: p })} />
        </>
      )}
    </section>
  );
}

function NotificationEntry({ item, onRead, busy }: { item: NotificationItem; onRead: () => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const zone = viewerZone();
  return (
    <li className={item.readAt ? "notification" : "notification notification-unread"}>
      <div className="notification-head">
        {!item.readAt && <span className="badge">{t("notifications.unread")}</span>}
        <strong>{item.title}</strong>
      </div>
      <p className="notification-body">{item.body}</p>
      <div className="muted small">
        {formatDate(item.createdAt, zone, language)} {formatTime(item.createdAt, zone, language)}
        {item.reservationId !== null && <> · <Link to={`/reservations/${item.reservationId}`}>{t("notifications.reservation", { id: item.reservationId })}</Link></>}
        {!item.readAt && (
          <button type="button" className="button-link" disabled={busy} onClick={onRead}>
            {t("notifications.markRead")}
          </button>
        )}
      </div>
    </li>
  );
}
