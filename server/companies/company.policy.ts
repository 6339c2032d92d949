import type { EntityManager } from "typeorm";
import { Reservation, type User } from "../platform/db/entities";

/**
 * `view`: the company's members, the coordinator, and staff and admins of an institution the company has booked at.
 * `edit_profile`: the company's admin. `verify` (set or correct the customer type, mark it verified): the
 * coordinator, and admins of an institution the company has booked at.
 */
export type CompanyAction = "view" | "edit_profile" | "verify";

export async function canOnCompany(em: EntityManager, user: User, action: CompanyAction, companyId: number): Promise<boolean> {
  switch (user.role) {
    case "company_member":
      return user.companyId === companyId && (action === "view" || (action === "edit_profile" && user.companyRole === "admin"));
    case "coordinator":
      return action !== "edit_profile";
    case "staff":
      return action === "view" && (await hasBookedAt(em, companyId, user.institutionId));
    case "institution_admin":
      return action !== "edit_profile" && (await hasBookedAt(em, companyId, user.institutionId));
  }
}

/** Whether the company has ever booked (any status) at the institution. */
async function hasBookedAt(em: EntityManager, companyId: number, institutionId: number | null): Promise<boolean> {
  if (institutionId === null) return false;
  return em.getRepository(Reservation).exists({ where: { companyId, institutionId } });
}
