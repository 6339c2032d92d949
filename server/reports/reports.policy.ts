import type { User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";

/**
 * Whose figures a report covers: the coordinator's, every institution's (or the one asked for); an institution
 * admin's, their own institution's only (asking for another is refused). Nobody else sees reports.
 */
export function reportScope(user: User, requested: number | undefined): number | null {
  if (user.role === "coordinator") return requested ?? null;
  if (user.role !== "institution_admin" || user.institutionId === null) throw new Forbidden("Only the coordinator and institution admins can see reports");
  if (requested !== undefined && requested !== user.institutionId) throw new Forbidden("You can only see your own institution's reports");
  return user.institutionId;
}
