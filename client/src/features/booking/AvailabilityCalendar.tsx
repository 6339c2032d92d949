import type { DateSelectArg, EventInput } from "@fullcalendar/core";
import interactionPlugin from "@fullcalendar/interaction";
import luxonPlugin from "@fullcalendar/luxon3";
import FullCalendar from "@fullcalendar/react";
import timeGridPlugin from "@fullcalendar/timegrid";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Instrument, Slot } from "../../../../shared";
import { freeRuns, isFreeRange } from "./slot-selection";
import { useTimeGridDefaults } from "../../lib/calendar-defaults";
import { useNarrowScreen } from "../../lib/use-narrow-screen";
import { visibleHours } from "../../lib/week";

interface Props {
  instrument: Instrument;
  weekStart: string;
  slots: Slot[];
  selection: { start: string; end: string } | null;
  onSelect: (from: number, to: number) => void;
}

const minutesToDuration = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00`;

/**
 * The week of availability in the institution's time zone (FullCalendar time grid): free time as green
 * background (striped where staff help is available), the chosen time as an event. Clicking or dragging over free slots selects; dragging over
 * anything that is not free is refused as it happens.
 */
export function AvailabilityCalendar({ instrument, weekStart, slots, selection, onSelect }: Props) {
  const { t } = useTranslation();
  const calendar = useRef<FullCalendar>(null);
  const zone = instrument.institution.timezone;
  const slotDuration = minutesToDuration(instrument.rules.slotMinutes);
  const narrow = useNarrowScreen();
  const timeGridDefaults = useTimeGridDefaults();

  useEffect(() => {
    calendar.current?.getApi().gotoDate(weekStart);
  }, [weekStart]);

  const events = useMemo<EventInput[]>(() => {
    const background = (runs: { start: string; end: string }[], className: string): EventInput[] =>
      runs.map((run) => ({ start: run.start, end: run.end, display: "background", classNames: [className] }));
    // Striped where some staff member is free: where staff help can be had.
    const free = [...background(freeRuns(slots), "slot-free"), ...background(freeRuns(slots.filter((s) => s.assistanceAvailable)), "slot-staffed")];
    if (selection) free.push({ start: selection.start, end: selection.end, title: t("booking.selected"), classNames: ["slot-selected"] });
    return free;
  }, [slots, selection, t]);

  return (
    <div className="calendar" data-testid="availability-calendar">
      <FullCalendar
        ref={calendar}
        plugins={[timeGridPlugin, interactionPlugin, luxonPlugin]}
        initialView="timeGridWeek"
        initialDate={weekStart}
        timeZone={zone}
        {...timeGridDefaults}
        expandRows
        {...visibleHours(instrument.openingHours)}
        slotDuration={slotDuration}
        snapDuration={slotDuration}
        slotLabelInterval={instrument.rules.slotMinutes < 60 ? "01:00" : slotDuration}
        slotLabelFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
        dayHeaderFormat={narrow ? { weekday: "narrow", day: "numeric" } : { weekday: "short", month: "numeric", day: "numeric" }}
        selectable
        selectMirror
        unselectAuto={false}
        selectAllow={(span) => isFreeRange(slots, span.start.valueOf(), span.end.valueOf())}
        select={(info: DateSelectArg) => {
          onSelect(info.start.valueOf(), info.end.valueOf());
          info.view.calendar.unselect();
        }}
        events={events}
      />
    </div>
  );
}
