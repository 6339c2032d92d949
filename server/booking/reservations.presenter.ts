import type { Locale } from "../../shared/enums";
import type { OnBehalfMember, Reservation as ReservationDto } from "../../shared";
import type { Reservation, User } from "../platform/db/entities";

/** A company member staff may book for, with the company loaded. */
export function presentOnBehalfMember(member: User): OnBehalfMember {
  const company = member.company!;
  return { id: member.id, name: member.displayName, email: member.email, company: { id: company.id, name: company.name, customerType: company.customerType, verification: company.verification } };
}

/** A reservation with instrument, company, booker (`user`) and assigned staff (with user) and `enteredBy` (when set) loaded. */
export function presentReservation(reservation: Reservation, locale: Locale): ReservationDto {
  const staff = reservation.assignedStaff;
  return {
    id: reservation.id,
    instrumentId: reservation.instrumentId,
    instrument: {
      id: reservation.instrument.id,
      name: locale === "ja" ? reservation.instrument.nameJa : reservation.instrument.nameEn,
      nameJa: reservation.instrument.nameJa,
      nameEn: reservation.instrument.nameEn,
      institutionId: reservation.institutionId,
    },
    companyId: reservation.companyId,
    company: {
      id: reservation.company.id,
      name: reservation.company.name,
      customerType: reservation.company.customerType,
      verification: reservation.company.verification,
      contactName: reservation.company.contactName,
      contactEmail: reservation.company.contactEmail,
      contactPhone: reservation.company.contactPhone,
    },
    userId: reservation.userId,
    booker: { id: reservation.user.id, name: reservation.user.displayName, email: reservation.user.email },
    enteredBy: reservation.enteredBy ? { id: reservation.enteredBy.id, name: reservation.enteredBy.displayName } : null,
    start: reservation.startsAt.toISOString(),
    end: reservation.endsAt.toISOString(),
    status: reservation.status,
    purpose: reservation.purpose,
    sampleDescription: reservation.sampleDescription,
    hazardDeclaration: reservation.hazardDeclaration,
    assistance: {
      type: reservation.assistanceType,
      note: reservation.assistanceNote,
      status: reservation.assistanceStatus,
      staff: staff ? { id: staff.id, name: staff.user.displayName } : null,
    },
    assignedStaffId: reservation.assignedStaffId,
    priceEstimateYen: reservation.priceEstimateYen,
    quoteId: reservation.quoteId ?? null,
    priceProvisional: reservation.company.verification === "unverified",
    pendingReason: reservation.status === "pending" ? reservation.pendingReason : null,
    revision: reservation.revision,
    cancellationReason: reservation.cancellationReason,
    decisionReason: reservation.decisionReason,
    session: reservation.recordedAt
      ? {
          actualStart: reservation.actualStartAt?.toISOString() ?? null,
          actualEnd: reservation.actualEndAt?.toISOString() ?? null,
          staffMinutes: reservation.staffMinutes,
          note: reservation.sessionNote,
          recordedAt: reservation.recordedAt.toISOString(),
        }
      : null,
    createdAt: reservation.createdAt.toISOString(),
    updatedAt: reservation.updatedAt.toISOString(),
  };
}
