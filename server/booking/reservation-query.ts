import type { EntityManager, SelectQueryBuilder } from "typeorm";
import { Reservation } from "../platform/db/entities";

/** Reservations (alias `r`) with what the reservation presenter shows: instrument, company, booker, assigned staff and their name. */
export function presentableReservations(em: EntityManager): SelectQueryBuilder<Reservation> {
  return em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .innerJoinAndSelect("r.instrument", "instrument")
    .innerJoinAndSelect("r.company", "company")
    .innerJoinAndSelect("r.user", "booker")
    .leftJoinAndSelect("r.assignedStaff", "assignedStaff")
    .leftJoinAndSelect("assignedStaff.user", "staffUser");
}
