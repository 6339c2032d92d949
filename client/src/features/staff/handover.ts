import type { StaffMember } from "../../../../shared";

/** Colleagues who may take an assignment: active, someone else, supporting the instrument (the roster is already filtered by it). */
export function handoverCandidates(roster: StaffMember[], myStaffId: number): StaffMember[] {
  return roster.filter((m) => m.active && m.id !== myStaffId).sort((a, b) => a.name.localeCompare(b.name));
}
