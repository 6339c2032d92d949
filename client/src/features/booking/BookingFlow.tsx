import { lazy, Suspense, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Instrument, Reservation, StartTime } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { formatDuration } from "../../lib/duration";
import { errorMessage } from "../../lib/error-message";
import { viewerZone, zoneDiffers, zoneLabel } from "../../lib/format";
import { useNarrowScreen } from "../../lib/use-narrow-screen";
import { BookingChoice } from "./BookingChoice";
import { BookingConfirmation } from "./BookingConfirmation";
import { BookingPanel } from "./BookingPanel";
import { StartTimes } from "./StartTimes";
import { useBookingFlow } from "./use-booking-flow";
import { useAccess } from "./use-instrument";

// The drag-on-calendar is a desktop extra: loaded only where it is shown.
const AvailabilityCalendar = lazy(() => import("./AvailabilityCalendar").then((m) => ({ default: m.AvailabilityCalendar })));

/** Choose what (mode, duration), then when (offered start times; the calendar as a desktop extra), then details. */
export function BookingFlow({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const flow = useBookingFlow(instrument);
  const access = useAccess(instrument.id);
  const narrow = useNarrowScreen();
  const selectedTitle = useRef<HTMLHeadingElement>(null);
  const sectionTitle = useRef<HTMLHeadingElement>(null);
  const [booked, setBooked] = useState<Reservation | null>(null);
  const { zone, availability } = flow;
  const viewer = viewerZone();
  const pick = (start: StartTime) => {
    flow.pick(start);
    selectedTitle.current?.focus();
  };

  const bookAgain = () => {
    setBooked(null);
    requestAnimationFrame(() => sectionTitle.current?.focus());
  };
  const title = <h2 id="booking-title" ref={sectionTitle} tabIndex={-1}>{t("booking.title")}</h2>;
  if (booked) {
    return (
      <section className="availability" aria-labelledby="booking-title">
        {title}
        <BookingConfirmation instrument={instrument} reservation={booked} onBookAgain={bookAgain} />
      </section>
    );
  }

  return (
    <section className="availability" aria-labelledby="booking-title">
      {title}
      <p className="zone-note">{t("instrument.timezoneNote", { zone: zoneLabel(zone) })}</p>
      {zoneDiffers(zone, viewer) && <Alert kind="warning">{t("instrument.viewerZoneNote", { zone: zoneLabel(viewer) })}</Alert>}
      {instrument.status !== "active" && <Alert kind="warning">{t("instrument.unavailable")}</Alert>}
      <div className="booking-layout">
        <div className="booking-calendar" aria-busy={availability.isFetching}>
          <BookingChoice choices={flow.choices} mode={flow.mode} duration={flow.duration} durations={flow.durations}
            selfUseQualified={access.data?.selfUseQualified} onMode={flow.setMode} onDuration={flow.setDuration} />
          <div className="booking-step">
            <div className="availability-head">
              <h3 id="when-title">{t("booking.whenTitle")}</h3>
              <div className="week-nav">
                <button type="button" onClick={() => flow.moveWeek(-1)} disabled={flow.weekStart === flow.thisWeek}>← {t("instrument.previousWeek")}</button>
                <button type="button" onClick={flow.thisWeekAgain} disabled={flow.weekStart === flow.thisWeek}>{t("instrument.thisWeek")}</button>
                <button type="button" onClick={() => flow.moveWeek(1)}>{t("instrument.nextWeek")} →</button>
              </div>
            </div>
            <p className="muted">{t("booking.whenHint", { mode: t(`booking.assistance.${flow.mode}`), duration: formatDuration(flow.duration, t) })}</p>
            {availability.isError && <Alert kind="error">{errorMessage(availability.error, t)}</Alert>}
            {availability.isSuccess && flow.starts.length === 0 && (
              <p className="empty">{t("booking.noStarts", { mode: t(`booking.assistance.${flow.mode}`), duration: formatDuration(flow.duration, t) })}</p>
            )}
            <StartTimes starts={flow.starts} zone={zone} selected={flow.selection} onPick={pick} />
            {!narrow && (
              <>
                <p className="calendar-help">{t("instrument.calendarHelp")}</p>
                <Suspense fallback={null}>
                  <AvailabilityCalendar instrument={instrument} weekStart={flow.weekStart} slots={availability.data?.slots ?? []} selection={flow.selection} onSelect={flow.selectOnCalendar} />
                </Suspense>
              </>
            )}
          </div>
        </div>
        <BookingPanel instrument={instrument} mode={flow.mode} selection={flow.selection} problem={flow.problem} onClear={flow.clear} onBooked={(reservation) => { flow.clear(); setBooked(reservation); }} selectedTitle={selectedTitle} />
      </div>
    </section>
  );
}
