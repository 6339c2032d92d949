import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type AssistanceType, type Instrument, type OnBehalfMember, type Reservation, type StartTime } from "../../../../shared";
import { api } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import type { FieldErrors } from "../../lib/form-errors";
import { useSession } from "../../lib/use-session";
import { BookingFields } from "./BookingFields";
import { EMPTY_BOOKING, validateBooking, type BookingValues } from "./booking-form";
import { PriceEstimate } from "./PriceEstimate";
import { BillingPolicyNote } from "../billing";
import { SelectedTime } from "./SelectedTime";
import { SignInToBook } from "./SignInToBook";
import type { PickProblem } from "./use-booking-flow";
import { availabilityKeys, invalidate, reservationKeys, termsKeys } from "../../api/query-keys";
import { TermsGate, useTermsPending } from "../terms";
import { mayBookOnBehalf, OnBehalfField } from "./OnBehalfField";

interface Props {
  instrument: Instrument;
  mode: AssistanceType;
  /** Booking a session of this accepted quote (its price applies). */
  quoteId?: number | null;
  selection: StartTime | null;
  problem: PickProblem | null;
  onClear: () => void;
  onBooked: (reservation: Reservation) => void;
  /** The "selected time" heading, focused when a time is picked. */
  selectedTitle?: RefObject<HTMLHeadingElement | null>;
}

/** Books; on success the form is emptied, on a conflict the chosen time is let go. */
function useBook(instrumentId: number, onBooked: (reservation: Reservation) => void, onClear: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.createReservation,
    onSuccess: (reservation) => {
      onBooked(reservation);
      invalidate(queryClient, reservationKeys.all);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.reason === "terms_not_accepted") invalidate(queryClient, termsKeys.all);
      if (error instanceof ApiError && error.code === "conflict") onClear();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityKeys.instrument(instrumentId) }),
  });
}

/**
 * Step 3, the booking form: the chosen time, purpose, samples, hazards, a note to staff, the estimate. Staff and
 * admins of the instrument's institution book for a company member they choose (the member's terms are not asked).
 */
export function BookingPanel({ instrument, mode, quoteId, selection, problem, onClear, onBooked, selectedTitle }: Props) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [values, setValues] = useState<BookingValues>(EMPTY_BOOKING);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [member, setMember] = useState<OnBehalfMember | null>(null);
  const termsPending = useTermsPending();
  const book = useBook(instrument.id, (reservation) => { setValues(EMPTY_BOOKING); setMember(null); onBooked(reservation); }, onClear);

  const onBehalf = !!user && mayBookOnBehalf(user, instrument);
  if (!user || (user.role !== "company_member" && !onBehalf)) return <SignInToBook user={user} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateBooking({ ...values, assistance: mode }, instrument.id, selection);
    const found: FieldErrors = result.ok ? {} : result.errors;
    if (onBehalf && !member) found.onBehalfOf = { key: "required" };
    setErrors(found);
    const data = result.ok && quoteId ? { ...result.data, quoteId } : result.ok ? result.data : null;
    if (data && !found.onBehalfOf) book.mutate(member ? { ...data, onBehalfOf: { userId: member.id } } : data);
  };
  const change = (patch: Partial<BookingValues>) => setValues((current) => ({ ...current, ...patch }));
  const hasErrors = Object.keys(errors).length > 0;
  // The price the company will see: its own, or, booking for a member, the chosen member's company's.
  const payer = onBehalf ? member?.company : user.company;

  return (
    <aside className="booking-panel" aria-labelledby="details-title">
      <h3 id="details-title">{t("booking.detailsTitle")}</h3>
      <form onSubmit={submit} noValidate aria-describedby={hasErrors ? "booking-summary" : undefined}>
        <SelectedTime instrument={instrument} mode={mode} selection={selection} problem={problem} error={errors.start} onClear={onClear} titleRef={selectedTitle} />
        <BookingFields values={{ ...values, assistance: mode }} errors={errors} onChange={change} limits={LIMITS} />
        {selection && payer && <PriceEstimate rates={instrument.rates} customerType={payer.customerType} slot={selection} assistance={mode} provisional={payer.verification === "unverified"} company={onBehalf ? payer.name : undefined} />}
        {selection && <BillingPolicyNote instrumentId={instrument.id} headingLevel={4} />}
        {hasErrors && <p id="booking-summary" className="field-error" role="alert">{t("validation.summary")}</p>}
        {book.isError && <Alert kind="error">{errorMessage(book.error, t)}</Alert>}
        {onBehalf ? <OnBehalfField chosen={member} onChoose={setMember} missing={!!errors.onBehalfOf && !member} /> : <TermsGate />}
        <button type="submit" className="button button-wide" disabled={book.isPending || (!onBehalf && termsPending)}>
          {book.isPending ? t("booking.submitting") : t("booking.submit")}
        </button>
      </form>
    </aside>
  );
}
