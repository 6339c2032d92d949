import { useQuery } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatLocalDate } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { WS } from "../../i18n/workspace";
import { useNarrowScreen } from "../../lib/use-narrow-screen";
import { useWorkspace } from "../../lib/use-workspace";
import { ReservationDetails } from "./ReservationDetails";
import { ScheduleCalendar } from "./ScheduleCalendar";
import { TodayList } from "./TodayList";
import { scheduleKeys } from "../../api/query-keys";

/** My schedule: the week or day of assignments and bookings on my instruments, today's list, and details on click. */
export default function SchedulePage() {
  const { t } = useTranslation(WS);
  const { user, zone, language, writable } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const staffId = Number(params.get("staff")) || user.staffMemberId;
  // A phone has room for one day only: the day view is then the one shown, and the one the switcher says.
  const narrow = useNarrowScreen();
  const view = narrow || params.get("view") === "day" ? "day" : "week";
  const today = DateTime.now().setZone(zone).toISODate()!;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get("date") ?? "") ? params.get("date")! : today;
  const start = DateTime.fromISO(date, { zone }).startOf(view === "day" ? "day" : "week");
  const range = { from: start.toISO()!, to: start.plus(view === "day" ? { days: 1 } : { weeks: 1 }).toISO()! };
  const [openId, setOpenId] = useState<number | null>(null);
  usePageTitle(t("nav.schedule"));

  const schedule = useQuery({
    queryKey: scheduleKeys.range(staffId, range.from, range.to, language),
    queryFn: () => workspaceApi.schedule(staffId!, range.from, range.to),
    enabled: Boolean(staffId),
  });
  const open = schedule.data?.items.find((r) => r.id === openId) ?? null;
  const go = (next: { date?: string; view?: string }) => {
    const merged = { date: next.date ?? date, view: next.view ?? view, ...(params.get("staff") ? { staff: params.get("staff")! } : {}) };
    setParams(merged, { replace: true });
  };

  if (!staffId) return <Alert kind="info">{t("schedule.notStaff")}</Alert>;
  // The counters count what the calendar shows: the live bookings of the period on screen.
  const shown = schedule.data?.items.filter((r) => r.status !== "cancelled" && r.status !== "rejected") ?? [];
  const mineCount = shown.filter((r) => r.assignedToMe).length;
  const pendingCount = shown.filter((r) => r.status === "pending").length;

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("schedule.title")}</h1>
        <p className="muted">{t("schedule.intro", { zone })}</p>
      </div>
      <div className="schedule-layout">
        <div>
          <ScheduleToolbar date={date} today={today} weekStart={start.toISODate()!} view={view} switchable={!narrow} onGo={go} />
          {schedule.data && <ScheduleLegend mineCount={mineCount} pendingCount={pendingCount} view={view} />}
          {schedule.isPending && <Loading />}
          {schedule.isError && <Alert kind="error">{errorMessage(schedule.error, t)}</Alert>}
          {schedule.data && <ScheduleCalendar schedule={schedule.data} date={date} view={view} onOpen={setOpenId} onOpenConsultation={(id) => navigate(`/consultations/${id}`)} />}
        </div>
        <aside className="schedule-side">
          {open && <ReservationDetails key={open.id} reservation={open} zone={zone} writable={writable} />}
          <TodayList staffId={staffId} onOpen={(id) => { setOpenId(id); if (!schedule.data?.items.some((r) => r.id === id)) go({ date: today }); }} />
        </aside>
      </div>
    </section>
  );
}

interface ToolbarProps {
  date: string;
  today: string;
  weekStart: string;
  view: "week" | "day";
  /** False on a phone, which shows one day only. */
  switchable: boolean;
  onGo: (next: { date?: string; view?: string }) => void;
}

/** Previous / today / next, the period shown, and the week-or-day tabs. */
function ScheduleToolbar({ date, today, weekStart, view, switchable, onGo }: ToolbarProps) {
  const { t } = useTranslation(WS);
  const { language } = useWorkspace();
  const step = (n: number) => onGo({ date: DateTime.fromISO(date).plus(view === "day" ? { days: n } : { weeks: n }).toISODate()! });
  return (
    <div className="toolbar">
      <div className="week-nav">
        <button type="button" onClick={() => step(-1)}>← {t(view === "day" ? "schedule.previousDay" : "schedule.previousWeek")}</button>
        <button type="button" onClick={() => onGo({ date: today })} disabled={date === today}>{t("schedule.today")}</button>
        <button type="button" onClick={() => step(1)}>{t(view === "day" ? "schedule.nextDay" : "schedule.nextWeek")} →</button>
      </div>
      <strong className="toolbar-title">{view === "day" ? formatLocalDate(date, language) : t("schedule.weekOf", { date: formatLocalDate(weekStart, language) })}</strong>
      {switchable && <div className="tabs" role="tablist" aria-label={t("schedule.view")}>
        {(["week", "day"] as const).map((v) => (
          <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => onGo({ view: v })}>{t(`schedule.views.${v}`)}</button>
        ))}
      </div>}
    </div>
  );
}

/** What the calendar's colours mean, with how many assignments are mine and how many bookings are pending. */
function ScheduleLegend({ mineCount, pendingCount, view }: { mineCount: number; pendingCount: number; view: "week" | "day" }) {
  const { t } = useTranslation(WS);
  return (
    <p className="schedule-summary small">
      <span><span className="legend legend-mine" />{t("schedule.legendMine", { count: mineCount, period: t(`schedule.period.${view}`) })}</span>
      <span><span className="legend legend-other" />{t("schedule.legendOther")}</span>
      <span><span className="legend legend-pending" />{t("schedule.legendPending", { count: pendingCount, period: t(`schedule.period.${view}`) })}</span>
      <span><span className="legend legend-meeting" />{t("schedule.legendMeeting")}</span>
      <span><span className="legend legend-off" />{t("schedule.legendOff")}</span>
    </p>
  );
}
