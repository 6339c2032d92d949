import type { User } from "../platform/db/entities";
import { canOnInstitution } from "../institutions";

export type QualificationAction = "view" | "grant" | "revoke";

interface QualificationOwnership {
  institutionId: number;
  companyId: number | null;
}

/** Staff and admins of the instrument's institution grant and revoke; the company sees its own people's; the coordinator reads all. */
export function canOnQualification(user: User, action: QualificationAction, q: QualificationOwnership): boolean {
  if (action === "view" && user.role === "company_member") return user.companyId !== null && user.companyId === q.companyId;
  return canOnInstitution(user, action === "view" ? "view" : "operate", q.institutionId);
}
