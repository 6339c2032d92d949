import type { User as UserDto } from "../../shared";
import type { User } from "../db/entities";

/** The public view of an account: never the password hash. `user.company` must be loaded. */
export function presentUser(user: User, staffMemberId: number | null): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    companyId: user.companyId,
    company: user.company ? { id: user.company.id, name: user.company.name, customerType: user.company.customerType } : null,
    institutionId: user.institutionId,
    staffMemberId,
  };
}
