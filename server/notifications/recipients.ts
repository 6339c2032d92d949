import { In, type EntityManager } from "typeorm";
import { AuditEvent, NotificationSetting, Reservation, StaffMember, User } from "../platform/db/entities";
import type { ReservationKind as NotificationKind } from "./message-phrases";

export interface Recipient {
  user: User;
  kind: NotificationKind;
}

/** A reservation event with what its messages show: the instrument, its institution, the company, the booker. */
export type LoadedReservation = Reservation & Required<Pick<Reservation, "instrument" | "company" | "user">>;

export function loadReservationForMessages(em: EntityManager, id: number): Promise<LoadedReservation | null> {
  return em.getRepository(Reservation).findOne({ where: { id }, relations: { instrument: { institution: true }, company: true, user: true, assignedStaff: { user: true } } });
}

/**
 * Who is told what about one audit event: the booker of the reservation, the staff member it concerns (assigned,
 * or the booking they were assigned to cancelled), the staff who support its instrument (pending bookings) or its
 * institution's admins (nobody to staff it). One message per
 * person per event, the first kind listed wins.
 */
export async function recipientsOf(em: EntityManager, event: AuditEvent, reservation: LoadedReservation): Promise<Recipient[]> {
  const colleagues = await colleaguesFollowing(em, reservation);
  const booker = (kind: NotificationKind) => [reservation.user, ...colleagues].map((user) => ({ user, kind }));
  const details = event.details ?? {};
  switch (event.action) {
    case "reservation.created": {
      const pending = details.status === "pending";
      const assigned = await staffUsers(em, typeof details.assignedStaffId === "number" ? [details.assignedStaffId] : []);
      const supporting = pending ? await supportingStaffUsers(em, reservation.instrumentId) : [];
      return unique([
        ...booker(pending ? "booking_pending" : "booking_confirmed"),
        ...assigned.map((user) => ({ user, kind: "staff_assigned" as const })),
        ...supporting.map((user) => ({ user, kind: "staff_pending_booking" as const })),
      ]);
    }
    case "reservation.approved":
      return booker("booking_approved");
    case "reservation.rejected":
      return booker("booking_rejected");
    case "reservation.cancelled":
    case "reservation.cancelled_by_facility": {
      const assigned = await staffUsers(em, reservation.assignedStaffId === null ? [] : [reservation.assignedStaffId]);
      const staff = assigned.map((user) => ({ user, kind: "staff_booking_cancelled" as const }));
      return unique([...booker(event.action === "reservation.cancelled" ? "booking_cancelled" : "booking_cancelled_by_facility"), ...staff]);
    }
    case "reservation.reassigned": {
      const to = typeof details.toStaffMemberId === "number" ? [details.toStaffMemberId] : [];
      return unique((await staffUsers(em, to)).map((user) => ({ user, kind: "staff_assigned" as const })));
    }
    case "reservation.unstaffed": {
      const admins = await em.getRepository(User).findBy({ role: "institution_admin", institutionId: reservation.institutionId, active: true });
      return unique([...booker("assistance_unstaffed"), ...admins.map((user) => ({ user, kind: "admin_unstaffed" as const }))]);
    }
    default:
      return [];
  }
}

/** The booker's company colleagues who asked to hear about each other's bookings. */
export async function colleaguesFollowing(em: EntityManager, reservation: LoadedReservation): Promise<User[]> {
  return em
    .getRepository(User)
    .createQueryBuilder("u")
    .innerJoin(NotificationSetting, "s", "s.userId = u.id AND s.colleagueBookings = :on", { on: true })
    .where("u.companyId = :companyId AND u.id <> :booker AND u.active = :on", { companyId: reservation.companyId, booker: reservation.userId })
    .orderBy("u.id", "ASC")
    .getMany();
}

/** The user accounts of these staff members. */
export async function staffUsers(em: EntityManager, staffMemberIds: number[]): Promise<User[]> {
  if (staffMemberIds.length === 0) return [];
  const members = await em.getRepository(StaffMember).find({ where: { id: In(staffMemberIds) }, relations: { user: true } });
  return members.map((m) => m.user);
}

async function supportingStaffUsers(em: EntityManager, instrumentId: number): Promise<User[]> {
  return em
    .getRepository(User)
    .createQueryBuilder("u")
    .innerJoin(StaffMember, "s", "s.userId = u.id AND s.active = :active", { active: true })
    .innerJoin("staff_instrument", "si", "si.staff_member_id = s.id AND si.instrument_id = :instrumentId", { instrumentId })
    .orderBy("u.id", "ASC")
    .getMany();
}

function unique(recipients: Recipient[]): Recipient[] {
  const seen = new Set<number>();
  return recipients.filter((r) => r.user.active && !seen.has(r.user.id) && seen.add(r.user.id));
}
