import type { AssistanceType, ReservationStatus } from "../enums";

/**
 * A booking that needs a staff member (operation, training, consultation), is still going ahead and has nobody:
 * shown as a warning everywhere (never as a plain "confirmed") and raised to the institution's admins.
 */
export function lacksStaff(r: { status: ReservationStatus; assistanceType: AssistanceType; assignedStaffId: number | null }): boolean {
  return (r.status === "confirmed" || r.status === "pending") && r.assistanceType !== "none" && r.assignedStaffId === null;
}
