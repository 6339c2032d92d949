import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../../../shared";
import { api } from "../../api/endpoints";
import { reservationKeys } from "../../api/query-keys";
import { NOTIFY } from "../../i18n/notify";
import { errorMessage } from "../../lib/error-message";
import { formatDate, formatTime } from "../../lib/format";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";

/** What happened to a reservation, oldest first, in words (the workspace's audit action labels). */
export function ReservationHistory({ reservationId, zone }: { reservationId: number; zone: string }) {
  const { t, i18n } = useTranslation(NOTIFY);
  const language = i18n.resolvedLanguage ?? "ja";
  const events = useQuery({ queryKey: reservationKeys.events(reservationId), queryFn: () => api.reservationEvents(reservationId) });
  return (
    <section className="reservation-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("detail.history")}</h2>
      {events.isPending && <Loading />}
      {events.isError && <Alert kind="error">{errorMessage(events.error, t)}</Alert>}
      {events.data?.length === 0 && <p className="muted">{t("detail.noHistory")}</p>}
      {events.data && events.data.length > 0 && (
        <ol className="history-list" data-testid="reservation-history">
          {events.data.map((e) => <HistoryEntry key={e.id} event={e} zone={zone} language={language} />)}
        </ol>
      )}
    </section>
  );
}

function HistoryEntry({ event, zone, language }: { event: AuditEvent; zone: string; language: string }) {
  const { t } = useTranslation(NOTIFY);
  return (
    <li>
      <time dateTime={event.at}>{formatDate(event.at, zone, language)} {formatTime(event.at, zone, language)}</time>
      {" "}
      <strong>{t(`audit.actions.${event.action.replace(".", "_")}`)}</strong>
      {" · "}
      <span className="muted">{event.actor ? t("detail.by", { name: event.actor.name }) : t("detail.system")}</span>
      {event.reason && <div className="muted small">{t("detail.reason", { reason: event.reason })}</div>}
    </li>
  );
}
