import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { LIMITS, type Instrument, type Reservation } from "../../../../shared";
import { api } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import { Alert } from "../../ui/Alert";
import { formatDuration } from "../../lib/duration";
import { errorMessage } from "../../lib/error-message";
import { formatRange } from "../../lib/format";
import type { FieldErrors } from "../../lib/form-errors";
import { useSession } from "../../lib/use-session";
import { ReservationIcsLink } from "../calendar-feeds";
import { availabilityKey } from "./use-instrument";
import { AssistanceChoice } from "./AssistanceChoice";
import { BookingFields } from "./BookingFields";
import { assistanceChoices, EMPTY_BOOKING, validateBooking, type BookingValues } from "./booking-form";
import { PriceEstimate } from "./PriceEstimate";
import type { SelectionResult } from "./slot-selection";

interface Props {
  instrument: Instrument;
  selection: SelectionResult | null;
  onClear: () => void;
}

/** The booking form beside the calendar: chosen time, kind of help, purpose, samples, hazards, estimate. */
export function BookingPanel({ instrument, selection, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const location = useLocation();
  const queryClient = useQueryClient();
  const { data: user } = useSession();
  const access = useQuery({
    queryKey: ["access", instrument.id, user?.id],
    queryFn: () => api.access(instrument.id),
    enabled: user?.role === "company_member",
  });
  const choices = assistanceChoices(instrument);
  const [values, setValues] = useState<BookingValues>({ ...EMPTY_BOOKING, assistance: choices[0] ?? "none" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [booked, setBooked] = useState<Reservation | null>(null);
  const zone = instrument.institution.timezone;
  const slot = selection?.ok ? selection : null;

  const book = useMutation({
    mutationFn: api.createReservation,
    onSuccess: (reservation) => {
      setBooked(reservation);
      setValues({ ...EMPTY_BOOKING, assistance: values.assistance });
      onClear();
      void queryClient.invalidateQueries({ queryKey: ["reservations"] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "conflict") onClear();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityKey(instrument.id) }),
  });

  if (!user || user.role !== "company_member") {
    return (
      <aside className="booking-panel" aria-labelledby="booking-title">
        <h2 id="booking-title">{t("booking.title")}</h2>
        {user ? (
          <p>{t("booking.companyOnly")}</p>
        ) : (
          <>
            <p>{t("booking.signInHint")}</p>
            <div className="button-row">
              <Link className="button" to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t("booking.signInToBook")}</Link>
              <Link className="button button-secondary" to={`/signup?next=${encodeURIComponent(location.pathname)}`}>{t("app.nav.signUp")}</Link>
            </div>
          </>
        )}
      </aside>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBooked(null);
    const result = validateBooking(values, instrument.id, slot);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) book.mutate(result.data);
  };
  const change = (patch: Partial<BookingValues>) => setValues((current) => ({ ...current, ...patch }));
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <aside className="booking-panel" aria-labelledby="booking-title">
      <h2 id="booking-title">{t("booking.title")}</h2>
      {booked && (
        <Alert kind="success">
          <p>{booked.status === "pending" ? t("booking.successPending") : t("booking.successConfirmed")}</p>
          <p>{formatRange(booked.start, booked.end, zone, language)}</p>
          <p className="button-row">
            <Link to="/reservations">{t("booking.viewReservations")}</Link>
            <ReservationIcsLink reservationId={booked.id} />
          </p>
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-describedby={hasErrors ? "booking-summary" : undefined}>
        <div className={`selected-time${errors.start ? " field-invalid" : ""}`} aria-live="polite">
          <h3>{t("booking.selected")}</h3>
          {slot ? (
            <p className="selected-range" data-testid="selected-range">
              {formatRange(slot.start, slot.end, zone, language)}
              <button type="button" className="button-link" onClick={onClear}>{t("booking.clearSelection")}</button>
            </p>
          ) : (
            <p className="muted">{t("booking.noSelection")}</p>
          )}
          {selection && !selection.ok && (
            <p className="field-error">
              {t(`booking.problem.${selection.problem}`, {
                min: formatDuration(instrument.rules.minDurationMinutes, t),
                max: formatDuration(instrument.rules.maxDurationMinutes, t),
              })}
            </p>
          )}
          {errors.start && <p className="field-error">{t(`validation.${errors.start.key}`)}</p>}
        </div>
        <AssistanceChoice choices={choices} value={values.assistance} onChange={(assistance) => change({ assistance })} selfUseQualified={access.data?.selfUseQualified} />
        {slot && values.assistance !== "none" && !slot.assistanceAvailable && <Alert kind="warning">{t("booking.noStaffWarning")}</Alert>}
        <BookingFields values={values} errors={errors} onChange={change} limits={LIMITS} />
        {slot && user.company && (
          <PriceEstimate rates={instrument.rates} customerType={user.company.customerType} slot={slot} assistance={values.assistance} />
        )}
        {hasErrors && <p id="booking-summary" className="field-error" role="alert">{t("validation.summary")}</p>}
        {book.isError && <Alert kind="error">{errorMessage(book.error, t)}</Alert>}
        <button type="submit" className="button button-wide" disabled={book.isPending}>
          {book.isPending ? t("booking.submitting") : t("booking.submit")}
        </button>
      </form>
    </aside>
  );
}
