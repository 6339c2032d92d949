import type { Locale } from "../../shared/enums";
import type { Qualification as QualificationDto } from "../../shared";
import type { Qualification } from "../platform/db/entities";
import { isQualificationValidAt } from "../../shared/rules/qualification-validity";

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
