import type { User } from "./db/entities";

/** The signed-in user and, for staff and admins who are also technical staff, their staff record id. */
export interface Actor {
  user: User;
  staffMemberId: number | null;
}
