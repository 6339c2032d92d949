import type { EntityManager } from "typeorm";
import type { InstrumentAccess } from "../../shared/schemas/instruments";
import { Qualification, type User } from "../platform/db/entities";
import { qualificationValidAtSql } from "../../shared/rules/qualification-validity";
import { canBook } from "../booking";
import { findInstrument } from "../instruments";

/**
 * The user's qualification for self-use of an instrument that is valid at `at` (`domain/qualification-validity`),
 * if any; of several, the one that lasts longest (no expiry first).
 */
export async function validQualification(em: EntityManager, userId: number, instrumentId: number, at: number): Promise<Qualification | null> {
  const valid = await em
    .getRepository(Qualification)
    .createQueryBuilder("q")
    .where({ userId, instrumentId })
    .andWhere(qualificationValidAtSql("q", "at"), { at: new Date(at) })
    .getMany();
  const lasting = (q: Qualification) => q.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return valid.sort((a, b) => lasting(b) - lasting(a))[0] ?? null;
}

/** What the signed-in user may do on an instrument, so the booking form offers only what will be accepted. */
export async function instrumentAccess(em: EntityManager, user: User, instrumentId: number, now: number): Promise<InstrumentAccess> {
  await findInstrument(em, instrumentId);
  const bookable = canBook(user);
  const qualification = bookable ? await validQualification(em, user.id, instrumentId, now) : null;
  return {
    canBook: bookable,
    selfUseQualified: qualification !== null,
    qualificationExpiresAt: qualification?.expiresAt?.toISOString() ?? null,
  };
}
