import type { Locale } from "../../shared/enums";
import type { StaffMember as StaffMemberDto, TimeOff } from "../../shared";
import type { StaffMember, StaffTimeOff } from "../platform/db/entities";

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
