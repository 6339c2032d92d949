import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Reservation, Role } from "../../../../shared";
import { NOTIFY } from "../../i18n/notify";
import { FocusNotice } from "../../ui/FocusNotice";
import { ReservationIcsLink } from "../calendar-feeds";
import { CancelForm } from "./CancelForm";

/** What the viewer may do: add it to a calendar, cancel (with a confirmation step); staff open their workspace. */
export function ReservationActions({ reservation: r, role }: { reservation: Reservation; role: Role }) {
  const { t } = useTranslation(NOTIFY);
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const cancellable = role !== "coordinator" && (r.status === "pending" || r.status === "confirmed") && Date.parse(r.end) > Date.now();
  const addable = r.status !== "cancelled" && r.status !== "rejected";
  const staff = role === "staff" || role === "institution_admin";
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("detail.actions")}</h2>
      {cancelled && <FocusNotice kind="success">{t("reservations.cancelledNotice")}</FocusNotice>}
      <div className="reservation-detail-actions">
        {addable && <ReservationIcsLink reservationId={r.id} />}
        {staff && <Link to={r.status === "pending" ? "/workspace/approvals" : "/workspace/schedule"}>{t("detail.staffView")}</Link>}
        {cancellable && !cancelling && (
          <button type="button" className="button button-danger-outline" onClick={() => setCancelling(true)}>{t("reservations.cancel")}</button>
        )}
      </div>
      {cancelling && <CancelForm reservation={r} onDone={(done) => { setCancelling(false); setCancelled(done); }} />}
    </section>
  );
}
