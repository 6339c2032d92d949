import type { EntityManager } from "typeorm";
import { preparedQuery } from "../platform/db/prepared-query";

/** Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)). */
const INSTRUMENT = 1;
const STAFF = 2;

/**
 * The keys of an instrument's booking lock, for a statement that takes it itself (`insertRow`'s `advisoryLock`:
 * a booking without staff takes it in its one INSERT, just before writing).
 */
export function instrumentLock(instrumentId: number): [number, number] {
  return [INSTRUMENT, instrumentId];
}

/**
 * Serialises bookings that could collide, across every server process, for the rest of the caller's transaction:
 * first the instrument, then its staff members in id order (one global order, so two bookings never wait on each
 * other in a cycle). The check-then-insert that follows then sees every earlier booking committed, and answers a
 * clean 409 itself; the exclusion constraints stay the last line of defence. Without this, overlapping inserts on
 * PostgreSQL wait on each other inside the constraint check and deadlock under load.
 *
 * SQLite needs nothing: `Database.write` already runs one write at a time.
 */
export async function lockForBooking(em: EntityManager, instrumentId: number, options: { withStaff: boolean }): Promise<void> {
  if (em.connection.options.type !== "postgres") return;
  await advisoryLock(em, instrumentLock(instrumentId));
  if (!options.withStaff) return;
  const staff = await preparedQuery<{ id: number }>(
    em,
    `SELECT staff_member_id AS id FROM staff_instrument WHERE instrument_id = $1 ORDER BY staff_member_id`,
    [instrumentId],
  );
  for (const { id } of staff) await lockStaffMember(em, id);
}

/**
 * Serialises a change to one staff member's own calendar (time off) with bookings that would commit them, for
 * the rest of the caller's transaction: the same lock a staffed booking takes after its instrument's, so the
 * change's collision check sees every booking committed before it and lists them (otherwise the database trigger
 * refuses without saying which). One lock only, so no ordering cycle with bookings. SQLite: nothing to do.
 */
export async function lockStaffMember(em: EntityManager, staffMemberId: number): Promise<void> {
  if (em.connection.options.type !== "postgres") return;
  await advisoryLock(em, [STAFF, staffMemberId]);
}

/** Takes a transaction-scoped advisory lock (PostgreSQL), held until the caller's transaction ends. */
async function advisoryLock(em: EntityManager, keys: [number, number]): Promise<void> {
  await preparedQuery(em, "SELECT pg_advisory_xact_lock($1, $2)", keys);
}
