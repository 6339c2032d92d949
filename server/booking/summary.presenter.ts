import type { Locale } from "../../shared/enums";
import type { ReservationSummary } from "../../shared";
import type { Reservation } from "../platform/db/entities";
import { localized, type Localized } from "../platform/errors";

/** `reservation.instrument` and `reservation.company` must be loaded. */
export function presentSummary(reservation: Reservation, locale: Locale): ReservationSummary {
  return {
    id: reservation.id,
    start: reservation.startsAt.toISOString(),
    end: reservation.endsAt.toISOString(),
    status: reservation.status,
    instrumentId: reservation.instrumentId,
    instrumentName: locale === "ja" ? reservation.instrument.nameJa : reservation.instrument.nameEn,
    companyId: reservation.companyId,
    companyName: reservation.company.name,
    assistanceType: reservation.assistanceType,
    assignedStaffId: reservation.assignedStaffId,
  };
}

/** Summaries for an error body, rendered in the language of whoever reads it (see `Localized`). */
export function localizedSummaries(reservations: Reservation[]): Localized<ReservationSummary[]> {
  return localized((locale) => reservations.map((r) => presentSummary(r, locale)));
}
