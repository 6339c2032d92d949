import type { EntityManager, SelectQueryBuilder } from "typeorm";
import { Reservation, User } from "../platform/db/entities";

/** Reservations (alias `r`) with what the reservation presenter shows: instrument, company, booker, assigned staff and their name, who entered it. */
export function presentableReservations(em: EntityManager): SelectQueryBuilder<Reservation> {
  return em
    .getRepository(Reservation)
    .createQueryBuilder("r")
    .innerJoinAndSelect("r.instrument", "instrument")
    .innerJoinAndSelect("r.company", "company")
    .innerJoinAndSelect("r.user", "booker")
    .leftJoinAndSelect("r.assignedStaff", "assignedStaff")
    .leftJoinAndSelect("assignedStaff.user", "staffUser")
    .leftJoinAndMapOne("r.enteredBy", User, "enteredBy", "enteredBy.id = r.enteredByUserId");
}
