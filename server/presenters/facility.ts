import type { Locale } from "../../shared/enums";
import type { AuditEvent as AuditEventDto, ReservationSummary, StaffMember as StaffMemberDto, TimeOff } from "../../shared";
import type { AuditEvent, Blackout, InstitutionClosure, Reservation, StaffMember, StaffTimeOff, User } from "../db/entities";

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

/** `member.user` and `member.instruments` must be loaded. */
export function presentStaffMember(member: StaffMember, locale: Locale): StaffMemberDto {
  return {
    id: member.id,
    userId: member.userId,
    institutionId: member.institutionId,
    name: member.user.displayName,
    email: member.user.email,
    active: member.active && member.user.active,
    workingHours: member.workingHours,
    instruments: [...member.instruments]
      .sort((a, b) => a.id - b.id)
      .map((i) => ({ id: i.id, name: locale === "ja" ? i.nameJa : i.nameEn, nameJa: i.nameJa, nameEn: i.nameEn })),
  };
}

export function presentTimeOff(row: StaffTimeOff): TimeOff {
  return { id: row.id, staffMemberId: row.staffMemberId, start: row.startsAt.toISOString(), end: row.endsAt.toISOString(), reason: row.reason };
}

export function presentBlackout(row: Blackout) {
  return {
    id: row.id,
    institutionId: row.institutionId,
    instrumentId: row.instrumentId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    kind: row.kind,
    reason: row.reason,
  };
}

export function presentClosure(row: InstitutionClosure) {
  return { id: row.id, institutionId: row.institutionId, date: row.date, reason: row.reason };
}

export function presentAuditEvent(event: AuditEvent, actor: User | undefined): AuditEventDto {
  return {
    id: event.id,
    at: event.createdAt.toISOString(),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    institutionId: event.institutionId,
    companyId: event.companyId,
    actor: actor ? { id: actor.id, name: actor.displayName, role: actor.role } : null,
    reason: event.reason,
    details: event.details,
  };
}
