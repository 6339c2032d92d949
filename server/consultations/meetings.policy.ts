import type { Actor } from "../platform/actor";
import type { ConsultationMeeting } from "../platform/db/entities";

/**
 * Who may act on a consultation's meeting. Proposing one is the consultation's `advise` action (the assigned staff
 * member, on their own calendar; an admin does not propose for them). `cancel`: the staff member whose calendar
 * it is on, or an admin of their institution (when the staff member is away).
 */
export type MeetingAction = "cancel";

export function canOnMeeting(actor: Actor, action: MeetingAction, meeting: ConsultationMeeting): boolean {
  switch (action) {
    case "cancel":
      return (actor.staffMemberId !== null && actor.staffMemberId === meeting.staffMemberId)
        || (actor.user.role === "institution_admin" && actor.user.institutionId === meeting.institutionId);
  }
}

/** A meeting can still be cancelled while it is proposed and not over. */
export function isCancellable(meeting: ConsultationMeeting, now: Date): boolean {
  return meeting.status === "proposed" && meeting.endsAt.getTime() > now.getTime();
}
