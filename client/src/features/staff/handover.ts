import { buildDateRanges, covers, type StaffMember } from "../../../../shared";

export interface HandoverCandidate {
  member: StaffMember;
  /** Their weekly hours cover the whole assignment; the server still checks they are free when it is handed over. */
  working: boolean;
}

/**
 * Colleagues who could take an assignment: active, someone else, supporting the instrument (the roster is
 * already filtered by it). Those whose working hours cover the time come first, by name.
 */
export function handoverCandidates(roster: StaffMember[], excludeStaffId: number, when: { start: string; end: string }, zone: string): HandoverCandidate[] {
  const interval = { start: Date.parse(when.start), end: Date.parse(when.end) };
  return roster
    .filter((m) => m.active && m.id !== excludeStaffId)
    .map((member) => ({ member, working: covers(buildDateRanges(member.workingHours, zone, { start: interval.start - 86_400_000, end: interval.end + 86_400_000 }), interval) }))
    .sort((a, b) => Number(b.working) - Number(a.working) || a.member.name.localeCompare(b.member.name));
}
