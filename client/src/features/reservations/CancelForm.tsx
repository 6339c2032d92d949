import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type Reservation } from "../../../../shared";
import { api } from "../../api/endpoints";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import { availabilityKeys, invalidate, reservationKeys } from "../../api/query-keys";

/** The confirmation step: asks for an optional reason, then cancels; the list and the instrument's calendar refresh. */
export function CancelForm({ reservation, onDone }: { reservation: Reservation; onDone: (cancelled: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const cancel = useMutation({
    mutationFn: () => api.cancelReservation(reservation.id, reason.trim()),
    onSuccess: () => {
      invalidate(queryClient, reservationKeys.all, availabilityKeys.instrument(reservation.instrumentId));
        onDone(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate();
  };
  return (
    <form className="cancel-form" onSubmit={submit} aria-labelledby={`cancel-${reservation.id}`}>
      <h3 id={`cancel-${reservation.id}`} tabIndex={-1} ref={heading}>{t("reservations.cancelTitle")}</h3>
      <Field label={t("reservations.cancelReason")}>
        <textarea rows={2} maxLength={LIMITS.reasonMaxLength} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {cancel.isError && <Alert kind="error">{errorMessage(cancel.error, t)}</Alert>}
      <div className="button-row">
        <button type="submit" className="button button-danger" disabled={cancel.isPending}>{t("reservations.cancelConfirm")}</button>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>{t("reservations.keep")}</button>
      </div>
    </form>
  );
}
