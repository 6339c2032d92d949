import type { Locale } from "../../shared/enums";
import type { AuditEvent as AuditEventDto, Qualification as QualificationDto, ReservationSummary, StaffMember as StaffMemberDto, TimeOff } from "../../shared";
import type { AuditEvent, Blackout, InstitutionClosure, Qualification, Reservation, StaffMember, StaffTimeOff, User } from "../db/entities";
import { isQualificationValidAt } from "../domain/qualification-validity";
import { localized, type Localized } from "../errors";

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

/** `q.user.company` and `q.instrument` must be loaded. */
export function presentQualification(q: Qualification, locale: Locale, now: number): QualificationDto {
  return {
    id: q.id,
    userId: q.userId,
    userName: q.user.displayName,
    userEmail: q.user.email,
    companyId: q.user.companyId,
    companyName: q.user.company?.name ?? null,
    instrumentId: q.instrumentId,
    instrumentName: locale === "ja" ? q.instrument.nameJa : q.instrument.nameEn,
    institutionId: q.instrument.institutionId,
    grantedAt: q.grantedAt.toISOString(),
    grantedById: q.grantedById,
    expiresAt: q.expiresAt?.toISOString() ?? null,
    revokedAt: q.revokedAt?.toISOString() ?? null,
    revokeReason: q.revokeReason,
    note: q.note,
    valid: isQualificationValidAt(q, now),
  };
}
