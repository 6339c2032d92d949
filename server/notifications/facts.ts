import type { LoadedReservation } from "./recipients";
import type { MessageFacts } from "./templates";

/** What a message may say of a reservation (instrument.institution, company, and assigned staff's user if loaded). */
export function factsOfReservation(reservation: LoadedReservation, reason: string | null, baseUrl: string | null): MessageFacts {
  const { instrument, company } = reservation;
  return {
    reservationId: reservation.id,
    instrument: { ja: instrument.nameJa, en: instrument.nameEn },
    institution: { ja: instrument.institution.nameJa, en: instrument.institution.nameEn },
    zone: instrument.institution.timezone,
    startsAt: reservation.startsAt,
    endsAt: reservation.endsAt,
    companyName: company.name,
    staffName: reservation.assignedStaff?.user?.displayName ?? null,
    reason,
    baseUrl,
  };
}
