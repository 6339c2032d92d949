import type { Account, Locale, User as UserDto } from "../../shared";
import type { User } from "../platform/db/entities";
import { canOnAccount } from "./account.policy";

/** The public view of an account: never the password hash. `user.company` must be loaded. */
export function presentUser(user: User, staffMemberId: number | null): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    companyId: user.companyId,
    company: user.company
      ? { id: user.company.id, name: user.company.name, customerType: user.company.customerType, verification: user.company.verification }
      : null,
    companyRole: user.companyRole,
    institutionId: user.institutionId,
    staffMemberId,
  };
}

/** An account as the directory lists it for `actor`. `user.company` and `user.institution` must be loaded. */
export function presentAccount(user: User, actor: User, locale: Locale): Account {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    company: user.company ? { id: user.company.id, name: user.company.name } : null,
    institution: user.institution ? { id: user.institution.id, name: locale === "ja" ? user.institution.nameJa : user.institution.nameEn } : null,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    canResetPassword: canOnAccount(actor, "reset_password", user),
  };
}
