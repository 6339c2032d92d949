import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Reservation } from "../../../../shared";
import { formatRange, formatYen } from "../../lib/format";
import { FocusNotice } from "../../ui/FocusNotice";
import { ReservationIcsLink } from "../calendar-feeds";
import { AttachmentsDisclosure } from "../files";
import { CancelForm } from "./CancelForm";
import { isUnstaffed, ReservationStatusBadge } from "./UnstaffedBadge";

/** One reservation, its times in the institution's zone. */
export function ReservationCard({ reservation, zone }: { reservation: Reservation; zone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Cancelled: the notice takes focus. Kept: focus goes back to the button that opened the question.
  const closeCancel = (done: boolean) => {
    setCancelling(false);
    if (done) setCancelled(true);
    else requestAnimationFrame(() => cancelButton.current?.focus());
  };
  const cancellable = reservation.status === "pending" || reservation.status === "confirmed";
  const upcoming = Date.parse(reservation.end) > Date.now();
  // Declined and cancelled bookings are not worth adding to a calendar.
  const addable = reservation.status !== "cancelled" && reservation.status !== "rejected";
  const staff = reservation.assistance.type === "none"
    ? t("reservations.selfUse")
    : reservation.assistance.staff?.name ?? (isUnstaffed(reservation) ? `⚠ ${t("reservations.unstaffed")}` : t("reservations.noStaff"));
  return (
    <li className="card reservation-card" data-testid="reservation">
      <div className="reservation-main">
        <ReservationStatusBadge reservation={reservation} />
        <h2 className="card-title">
          <Link to={`/instruments/${reservation.instrumentId}`}>{reservation.instrument.name}</Link>
        </h2>
        <p className="reservation-when">{formatRange(reservation.start, reservation.end, zone, language)}</p>
        <p className="small"><Link to={`/reservations/${reservation.id}`}>{t("reservations.details")} · #{reservation.id}</Link></p>
        <dl className="reservation-facts">
          <div><dt>{t("reservations.staff")}</dt><dd>{t(`reservations.assistance.${reservation.assistance.type}`)} · {staff}</dd></div>
          <div><dt>{t("reservations.price")}</dt><dd>{reservation.priceProvisional ? t("company.provisionalPrice", { price: formatYen(reservation.priceEstimateYen, language) }) : formatYen(reservation.priceEstimateYen, language)}</dd></div>
          <div><dt>{t("reservations.purpose")}</dt><dd>{reservation.purpose}</dd></div>
        </dl>
        <AttachmentsDisclosure reservationId={reservation.id} status={reservation.status} canAttach />
        {cancelled && <FocusNotice kind="success">{t("reservations.cancelledNotice")}</FocusNotice>}
        {reservation.pendingReason === "company_unverified" && <p className="muted">{t("company.provisionalNote")}</p>}
        {reservation.cancellationReason && <p className="muted">{t("reservations.cancellationReason", { reason: reservation.cancellationReason })}</p>}
      </div>
      {(addable || (cancellable && upcoming)) && (
        <div className="reservation-actions">
          {addable && <ReservationIcsLink reservationId={reservation.id} />}
          {cancellable && upcoming && (cancelling ? (
            <CancelForm reservation={reservation} onDone={closeCancel} />
          ) : (
            <button type="button" ref={cancelButton} className="button button-danger-outline" onClick={() => setCancelling(true)}>
              {t("reservations.cancel")}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
