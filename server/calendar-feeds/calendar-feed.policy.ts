import type { CalendarFeedKind } from "../../shared/enums";
import type { User } from "../platform/db/entities";

/** Everything a user may do to a calendar feed: a feed is its owner's alone, anyone else does not see it. */
export type CalendarFeedAction = "view" | "rotate" | "revoke";

export function canOnFeed(user: User, _action: CalendarFeedAction, feed: { ownerUserId: number }): boolean {
  return feed.ownerUserId === user.id;
}

/** What one feed shows, resolved to the rows that decide who may subscribe to it. */
export type FeedSubject =
  | { kind: "company" }
  | { kind: "user" }
  | { kind: "staff"; staffMemberId: number | null }
  | { kind: "instrument"; institutionId: number }
  | { kind: "institution"; institutionId: number };

const isFacility = (user: User) => user.role === "staff" || user.role === "institution_admin";

/**
 * The kinds of feed a user may have at all. Company members follow their company's bookings (or their own);
 * staff and admins who have a staff record follow their duties; the institution's staff and admins (and the
 * coordinator) may follow an instrument's busy time; admins and the coordinator an institution's bookings.
 * Company members get no instrument feed: they see free time in the catalogue, and other companies' usage
 * patterns stay inside the institution.
 */
export function feedKindsFor(user: User, staffMemberId: number | null): CalendarFeedKind[] {
  switch (user.role) {
    case "company_member":
      return user.companyId === null ? [] : ["company", "user"];
    case "staff":
      return staffMemberId === null ? ["instrument"] : ["staff", "instrument"];
    case "institution_admin":
      return staffMemberId === null ? ["instrument", "institution"] : ["staff", "instrument", "institution"];
    case "coordinator":
      return ["instrument", "institution"];
  }
}

/** Whether `user` may subscribe to `subject`; checked when a feed is created and again on every fetch. */
export function canSubscribe(user: User, subject: FeedSubject): boolean {
  if (!user.active) return false;
  switch (subject.kind) {
    case "company":
    case "user":
      return user.role === "company_member" && user.companyId !== null;
    case "staff":
      return isFacility(user) && subject.staffMemberId !== null;
    case "instrument":
      return user.role === "coordinator" || (isFacility(user) && user.institutionId === subject.institutionId);
    case "institution":
      return user.role === "coordinator" || (user.role === "institution_admin" && user.institutionId === subject.institutionId);
  }
}
