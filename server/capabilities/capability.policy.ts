import type { User } from "../platform/db/entities";

/**
 * Who may do what to an institution's capabilities. `edit` (create, change, delete, see unpublished ones): the
 * institution's admins and the coordinator, who curates the region's directory. Everyone sees published ones.
 */
export type CapabilityAction = "edit";

export function canOnCapabilities(user: User | undefined, action: CapabilityAction, institutionId: number): boolean {
  if (!user) return false;
  switch (action) {
    case "edit":
      return user.role === "coordinator" || (user.role === "institution_admin" && user.institutionId === institutionId);
  }
}
