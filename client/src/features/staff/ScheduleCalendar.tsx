import type { EventContentArg, EventInput } from "@fullcalendar/core";
import luxonPlugin from "@fullcalendar/luxon3";
import FullCalendar from "@fullcalendar/react";
import timeGridPlugin from "@fullcalendar/timegrid";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { z } from "zod";
import type { ScheduleResponseSchema } from "../../../../shared";
import { useTimeGridDefaults } from "../../lib/calendar-defaults";
import { WS } from "../../i18n/workspace";

type Schedule = z.infer<typeof ScheduleResponseSchema>;

interface Props {
  schedule: Schedule;
  date: string;
  view: "week" | "day";
  onOpen: (reservationId: number) => void;
  /** A call or visit on a consultation opens the consultation. */
  onOpenConsultation: (consultationId: number) => void;
}

/**
 * A staff member's week or day in the institution's zone: working hours as a light background, time off and
 * maintenance as hatched bands, their assignments in solid colour, the other bookings on their instruments outlined, and
 * the calls and visits they proposed on consultations (which open the consultation).
 */
export function ScheduleCalendar({ schedule, date, view, onOpen, onOpenConsultation }: Props) {
  const { t } = useTranslation(WS);
  const calendar = useRef<FullCalendar>(null);
  const timeGridDefaults = useTimeGridDefaults();
  const fcView = view === "day" ? "timeGridDay" : "timeGridWeek";

  useEffect(() => {
    const api = calendar.current?.getApi();
    if (!api) return;
    if (api.view.type !== fcView) api.changeView(fcView, date);
    else api.gotoDate(date);
  }, [date, fcView]);

  const events = useMemo(() => scheduleEvents(schedule, t), [schedule, t]);

  return (
    <div className="calendar schedule-calendar" data-testid="schedule-calendar">
      <FullCalendar
        ref={calendar}
        plugins={[timeGridPlugin, luxonPlugin]}
        initialView={fcView}
        initialDate={date}
        timeZone={schedule.timezone}
        {...timeGridDefaults}
        slotMinTime="07:00:00"
        slotMaxTime="21:00:00"
        slotDuration="00:30:00"
        slotLabelFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
        dayHeaderFormat={fcView === "timeGridDay" ? { weekday: "long", month: "long", day: "numeric" } : { weekday: "short", month: "numeric", day: "numeric" }}
        eventTimeFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
        displayEventEnd={false}
        // Overlapping bookings side by side, never stacked over each other, each tall enough to read and tap.
        slotEventOverlap={false}
        eventMinHeight={44}
        eventShortHeight={44}
        eventContent={(arg) => renderEvent(arg, t)}
        eventClick={(info) => {
          const consultationId = info.event.extendedProps.consultationId as number | undefined;
          if (consultationId) onOpenConsultation(consultationId);
          else if (info.event.id) onOpen(Number(info.event.id));
        }}
        events={events}
      />
    </div>
  );
}

/** Working hours, time off and maintenance as background bands; live bookings (not cancelled or rejected) as events. */
function scheduleEvents(schedule: Schedule, t: TFunction): EventInput[] {
  return [
    ...schedule.working.map((w) => ({ start: w.start, end: w.end, display: "background", classNames: ["sched-working"] })),
    ...schedule.timeOff.map((o) => ({ start: o.start, end: o.end, display: "background", classNames: ["sched-off"], title: t("schedule.timeOff") })),
    ...schedule.blackouts.map((b) => ({ start: b.start, end: b.end, display: "background", classNames: ["sched-blackout"], title: t(`blackoutKinds.${b.kind}`) })),
    ...schedule.items
      .filter((r) => r.status !== "cancelled" && r.status !== "rejected")
      .map((r) => ({
        id: String(r.id),
        start: r.start,
        end: r.end,
        title: r.company.name,
        classNames: ["sched-item", r.assignedToMe ? "sched-mine" : "sched-other", `sched-${r.status}`],
        extendedProps: { instrument: r.instrument.name, assistance: r.assistance.type, status: r.status },
      })),
    ...schedule.meetings.map((m) => ({
      id: `meeting-${m.id}`,
      start: m.start,
      end: m.end,
      title: m.companyName,
      classNames: ["sched-item", "sched-meeting"],
      extendedProps: { consultationId: m.consultationId, summary: m.summary, kind: m.kind },
    })),
  ];
}

/** A band's label, or a booking's time, company, instrument and assistance; undefined leaves FullCalendar's default. */
function renderEvent(arg: EventContentArg, t: TFunction) {
  return arg.event.display === "background" ? (
    arg.event.title ? <span className="sched-bg-label">{arg.event.title}</span> : undefined
  ) : arg.event.extendedProps.consultationId ? (
    <div className="sched-event">
      <span className="sched-event-time">{arg.timeText}</span>
      <span className="sched-event-title">{t(`schedule.meetingKinds.${arg.event.extendedProps.kind as string}`)}: {arg.event.title}</span>
      <span className="sched-event-meta">{arg.event.extendedProps.summary as string}</span>
    </div>
  ) : (
    <div className="sched-event">
      <span className="sched-event-time">{arg.timeText}</span>
      <span className="sched-event-title">{arg.event.title}</span>
      <span className="sched-event-meta">{arg.event.extendedProps.instrument as string}</span>
      <span className="sched-event-meta">
        {t(`assistanceTypes.${arg.event.extendedProps.assistance as string}`)}
        {arg.event.extendedProps.status === "pending" ? ` · ${t("status.pending")}` : ""}
      </span>
    </div>
  );
}
