import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Instrument, Reservation, StartTime } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { viewerZone, zoneDiffers, zoneLabel } from "../../lib/format";
import { BookingChoice } from "./BookingChoice";
import { BookingConfirmation } from "./BookingConfirmation";
import { BookingPanel } from "./BookingPanel";
import { useBookingFlow } from "./use-booking-flow";
import { useAccess } from "./use-instrument";
import { WhenStep } from "./WhenStep";

/** Choose what (mode, duration), then when (offered start times; the calendar as a desktop extra), then details. */
export function BookingFlow({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const flow = useBookingFlow(instrument);
  const access = useAccess(instrument.id);
  const selectedTitle = useRef<HTMLHeadingElement>(null);
  const sectionTitle = useRef<HTMLHeadingElement>(null);
  const [booked, setBooked] = useState<Reservation | null>(null);
  const viewer = viewerZone();
  const pick = (start: StartTime) => {
    flow.pick(start);
    selectedTitle.current?.focus();
  };
  const bookAgain = () => {
    setBooked(null);
    requestAnimationFrame(() => sectionTitle.current?.focus());
  };

  return (
    <section className="availability" aria-labelledby="booking-title">
      <h2 id="booking-title" ref={sectionTitle} tabIndex={-1}>{t("booking.title")}</h2>
      {booked ? (
        <BookingConfirmation instrument={instrument} reservation={booked} onBookAgain={bookAgain} />
      ) : (
        <>
          <p className="zone-note">{t("instrument.timezoneNote", { zone: zoneLabel(flow.zone) })}</p>
          {zoneDiffers(flow.zone, viewer) && <Alert kind="warning">{t("instrument.viewerZoneNote", { zone: zoneLabel(viewer) })}</Alert>}
          {instrument.status !== "active" && <Alert kind="warning">{t("instrument.unavailable")}</Alert>}
          <div className="booking-layout">
            <div className="booking-calendar" aria-busy={flow.availability.isFetching}>
              <BookingChoice choices={flow.choices} mode={flow.mode} duration={flow.duration} durations={flow.durations}
                selfUseQualified={access.data?.selfUseQualified} onMode={flow.setMode} onDuration={flow.setDuration} />
              <WhenStep instrument={instrument} flow={flow} onPick={pick} />
            </div>
            <BookingPanel instrument={instrument} mode={flow.mode} quoteId={flow.quoteId} selection={flow.selection} problem={flow.problem} onClear={flow.clear}
              onBooked={(reservation) => { flow.clear(); setBooked(reservation); }} selectedTitle={selectedTitle} />
          </div>
        </>
      )}
    </section>
  );
}
