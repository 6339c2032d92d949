import { useQuery } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ReservationListResponseSchema } from "../../../../shared";
import { request } from "../../api/http";
import { institutionCalendarKeys } from "../../api/query-keys";
import { workspaceApi } from "../../api/workspace";
import { WS } from "../../i18n/workspace";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useWorkspace } from "../../lib/use-workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { barsOf, rangeOf, type View } from "./timeline";
import { TimelineGrid } from "./TimelineGrid";
import "./institution-calendar.css";

/** Everything on an institution's calendar over the range, in four requests. */
async function loadCalendar(institutionId: number, from: string, to: string, zone: string) {
  const fromDate = DateTime.fromISO(from).setZone(zone).toISODate()!;
  const toDate = DateTime.fromISO(to).setZone(zone).toISODate()!;
  const [instruments, reservations, blackouts, closures] = await Promise.all([
    workspaceApi.instruments({ institutionId }),
    request("/reservations", ReservationListResponseSchema, { query: { from, to, pageSize: 100 } }),
    workspaceApi.blackouts({ from, to }),
    workspaceApi.closures(institutionId, fromDate, toDate),
  ]);
  return { instruments: instruments.items.filter((i) => i.status !== "retired"), reservations, blackouts: blackouts.filter((b) => b.institutionId === institutionId), closures };
}

/** The institution's instruments as rows on a day or week timeline: bookings, maintenance and closures. */
export default function InstitutionCalendarPage() {
  const { t, i18n } = useTranslation(WS);
  const { user, zone, language, ready } = useWorkspace();
  usePageTitle(t("reports.calendar.title"));
  const [params, setParams] = useSearchParams();
  const view: View = params.get("view") === "week" ? "week" : "day";
  const date = params.get("date") ?? DateTime.now().setZone(zone).toISODate()!;
  const range = rangeOf(date, view, zone, i18n.resolvedLanguage ?? "ja");
  const from = new Date(range.start).toISOString();
  const to = new Date(range.end).toISOString();
  const institutionId = user.institutionId ?? 0;
  const calendar = useQuery({
    queryKey: institutionCalendarKeys.range(from, to, language),
    queryFn: () => loadCalendar(institutionId, from, to, zone),
    enabled: ready && institutionId > 0,
  });
  const go = (next: Partial<{ view: View; date: string }>) => setParams({ view, date, ...next }, { replace: true });
  const shift = (direction: number) => go({ date: DateTime.fromISO(date).plus({ days: direction * (view === "day" ? 1 : 7) }).toISODate()! });
  return (
    <section className="page institution-calendar">
      <div className="page-head">
        <h1>{t("reports.calendar.title")}</h1>
        <p className="muted">{t("reports.calendar.intro")}</p>
      </div>
      <div className="calendar-toolbar">
        <div role="group" aria-label={t("reports.calendar.title")}>
          <button type="button" className="button button-secondary" onClick={() => shift(-1)}>{t("reports.calendar.previous")}</button>
          <button type="button" className="button button-secondary" onClick={() => go({ date: DateTime.now().setZone(zone).toISODate()! })}>{t("reports.calendar.today")}</button>
          <button type="button" className="button button-secondary" onClick={() => shift(1)}>{t("reports.calendar.next")}</button>
        </div>
        <strong data-testid="calendar-date">{date}</strong>
        <div role="group" aria-label={t("reports.calendar.legend")}>
          {(["day", "week"] as const).map((v) => (
            <button key={v} type="button" className="button button-secondary" aria-pressed={view === v} onClick={() => go({ view: v })}>{t(`reports.calendar.${v}`)}</button>
          ))}
        </div>
      </div>
      <ul className="timeline-legend" aria-label={t("reports.calendar.legend")}>
        {(["booking", "pending", "maintenance", "closure"] as const).map((kind) => <li key={kind}><span className={`legend-swatch bar-${kind}`} aria-hidden="true" />{t(`reports.calendar.${kind}`)}</li>)}
      </ul>
      {calendar.isPending && <Loading />}
      {calendar.isError && <Alert kind="error">{errorMessage(calendar.error, t)}</Alert>}
      {calendar.data && (
        <>
          {calendar.data.reservations.total > calendar.data.reservations.items.length && <p className="muted">{t("reports.calendar.more")}</p>}
          <TimelineGrid
            rows={calendar.data.instruments.map((i) => ({ id: i.id, name: i.name }))}
            bars={barsOf(calendar.data.reservations.items, calendar.data.blackouts, calendar.data.closures, zone)}
            range={range}
            zone={zone}
          />
        </>
      )}
    </section>
  );
}
