import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Instrument, Reservation } from "../../../../shared";
import { formatRange, formatYen } from "../../lib/format";
import { ReservationIcsLink } from "../calendar-feeds";
import { AttachmentsPanel } from "../files";

interface Props {
  instrument: Instrument;
  reservation: Reservation;
  onBookAgain: () => void;
}

/** Where a booking lands: it takes focus (and so the scroll), with the number, the time, what happens next. */
export function BookingConfirmation({ instrument, reservation, onBookAgain }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const pending = reservation.status === "pending";
  const place = `${instrument.institution.name} ${instrument.location.building} ${instrument.location.room}`.trim();
  const staff = reservation.assistance.staff;
  const staffed = reservation.assistance.type !== "none";

  return (
    <section className="booking-confirmation" aria-labelledby="confirmation-title" data-testid="booking-confirmation">
      <h3 id="confirmation-title" ref={title} tabIndex={-1}>
        {t(pending ? "booking.confirmation.titlePending" : "booking.confirmation.titleConfirmed", { id: reservation.id })}
      </h3>
      <p className="confirmation-when">{formatRange(reservation.start, reservation.end, instrument.institution.timezone, language)}</p>
      <p>
        {instrument.name} · {t(`booking.assistance.${reservation.assistance.type}`)} · {t("booking.confirmation.estimate", { price: reservation.priceProvisional ? t("company.provisionalPrice", { price: formatYen(reservation.priceEstimateYen, language) }) : formatYen(reservation.priceEstimateYen, language) })}
      </p>
      <h4>{t("booking.confirmation.nextSteps")}</h4>
      <ol className="next-steps">
        {reservation.pendingReason === "company_unverified" && <li>{t("company.provisionalNote")}</li>}
        {pending && <li>{t("booking.confirmation.stepReview")}</li>}
        {staffed && <li>{staff ? t("booking.confirmation.stepStaff", { name: staff.name }) : t("booking.confirmation.stepStaffLater")}</li>}
        <li>{t("booking.confirmation.stepPlace", { place })}</li>
        <li>{t("booking.confirmation.stepCancel")}</li>
      </ol>
      <AttachmentsPanel reservationId={reservation.id} status={reservation.status} canAttach />
      <div className="button-row">
        <ReservationIcsLink reservationId={reservation.id} />
        <Link className="button button-secondary" to="/reservations">{t("booking.viewReservations")}</Link>
        <button type="button" className="button" onClick={onBookAgain}>{t("booking.confirmation.bookAgain")}</button>
      </div>
    </section>
  );
}
