import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { Instrument, StartTime } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { formatDuration } from "../../lib/duration";
import { errorMessage } from "../../lib/error-message";
import { useNarrowScreen } from "../../lib/use-narrow-screen";
import { StartTimes } from "./StartTimes";
import type { useBookingFlow } from "./use-booking-flow";

// The drag-on-calendar is a desktop extra: loaded only where it is shown.
const AvailabilityCalendar = lazy(() => import("./AvailabilityCalendar").then((m) => ({ default: m.AvailabilityCalendar })));

interface Props {
  instrument: Instrument;
  flow: ReturnType<typeof useBookingFlow>;
  onPick: (start: StartTime) => void;
}

/** Step 2: the week, the start times offered for the chosen mode and duration, and on wide screens the calendar. */
export function WhenStep({ instrument, flow, onPick }: Props) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const { availability } = flow;
  const what = { mode: t(`booking.assistance.${flow.mode}`), duration: formatDuration(flow.duration, t) };
  return (
    <div className="booking-step">
      <div className="availability-head">
        <h3 id="when-title">{t("booking.whenTitle")}</h3>
        <div className="week-nav">
          <button type="button" onClick={() => flow.moveWeek(-1)} disabled={flow.weekStart === flow.thisWeek}>← {t("instrument.previousWeek")}</button>
          <button type="button" onClick={flow.thisWeekAgain} disabled={flow.weekStart === flow.thisWeek}>{t("instrument.thisWeek")}</button>
          <button type="button" onClick={() => flow.moveWeek(1)}>{t("instrument.nextWeek")} →</button>
        </div>
      </div>
      <p className="muted">{t("booking.whenHint", what)}</p>
      {availability.isError && <Alert kind="error">{errorMessage(availability.error, t)}</Alert>}
      {availability.isSuccess && flow.starts.length === 0 && <p className="empty">{t("booking.noStarts", what)}</p>}
      <StartTimes starts={flow.starts} zone={flow.zone} selected={flow.selection} onPick={onPick} />
      {!narrow && (
        <>
          <p className="calendar-help">{t("instrument.calendarHelp")}</p>
          <Suspense fallback={null}>
            <AvailabilityCalendar instrument={instrument} weekStart={flow.weekStart} slots={availability.data?.slots ?? []} selection={flow.selection} onSelect={flow.selectOnCalendar} />
          </Suspense>
        </>
      )}
    </div>
  );
}
