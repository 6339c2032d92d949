import { useTranslation } from "react-i18next";
import { lacksStaff, type Reservation } from "../../../../shared";

/** True when the booking needs a staff member, is going ahead, and has none. */
export function isUnstaffed(r: Reservation): boolean {
  return lacksStaff({ status: r.status, assistanceType: r.assistance.type, assignedStaffId: r.assistance.staff?.id ?? null });
}

/**
 * The status of a reservation: a booking that needs staff and has none is a warning, never a green "confirmed".
 */
export function ReservationStatusBadge({ reservation }: { reservation: Reservation }) {
  const { t } = useTranslation();
  if (isUnstaffed(reservation)) {
    return <span className="status status-unstaffed" data-testid="unstaffed-badge">⚠ {t(`reservations.statuses.${reservation.status}`)} · {t("reservations.unstaffed")}</span>;
  }
  return <span className={`status status-${reservation.status}`}>{t(`reservations.statuses.${reservation.status}`)}</span>;
}
