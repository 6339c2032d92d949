import type { EntityManager } from "typeorm";
import { ACTIVE_RESERVATION_STATUSES } from "../../shared/enums";
import { LIMITS } from "../../shared/limits";
import { covers, overlaps, type Interval } from "../../shared/time/intervals";
import { Reservation } from "../platform/db/entities";
import { Conflict, RuleViolation } from "../platform/errors";
import type { StaffCalendar } from "./instrument-calendar";

const FAIRNESS_WINDOW = 14 * 24 * 3_600_000;

/**
 * Picks the staff member to assist with `interval`: among qualified staff who work then and are free for
 * all of it, the one with the fewest assigned minutes in the fortnight around it (ties: lowest id).
 */
export async function chooseStaff(em: EntityManager, staff: StaffCalendar[], interval: Interval): Promise<StaffCalendar> {
  const scheduled = staff.filter((s) => covers(s.working, interval));
  if (scheduled.length === 0) {
    throw new RuleViolation("No technical staff member who supports this instrument works at that time", { reason: "no_staff_scheduled" });
  }
  const free = scheduled.filter((s) => !s.busy.some((b) => overlaps(b, interval)));
  if (free.length === 0) {
    throw new Conflict("All qualified staff members are already committed at that time", { reason: "staff_unavailable" });
  }
  if (free.length === 1) return free[0];
  const load = await assignedMinutes(em, free.map((s) => s.staffMemberId), {
    start: interval.start - FAIRNESS_WINDOW,
    end: interval.end + FAIRNESS_WINDOW,
  });
  return [...free].sort((a, b) => (load.get(a.staffMemberId) ?? 0) - (load.get(b.staffMemberId) ?? 0) || a.staffMemberId - b.staffMemberId)[0];
}

async function assignedMinutes(em: EntityManager, staffIds: number[], window: Interval): Promise<Map<number, number>> {
  const rows = await em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .select(["r.id", "r.assignedStaffId", "r.startsAt", "r.endsAt"])
    .where("r.assignedStaffId IN (:...staffIds)", { staffIds })
    .andWhere("r.status IN (:...statuses)", { statuses: [...ACTIVE_RESERVATION_STATUSES, "completed"] })
    // A reservation lasts at most LIMITS.maxReservationMinutes: bounding startsAt on both sides keeps the index range tight.
    .andWhere("r.startsAt >= :earliest AND r.startsAt < :to AND r.endsAt > :from", {
      earliest: new Date(window.start - LIMITS.maxReservationMinutes * 60_000),
      from: new Date(window.start),
      to: new Date(window.end),
    })
    .getMany();
  const load = new Map<number, number>();
  for (const row of rows) {
    const minutes = (row.endsAt.getTime() - row.startsAt.getTime()) / 60_000;
    load.set(row.assignedStaffId!, (load.get(row.assignedStaffId!) ?? 0) + minutes);
  }
  return load;
}
