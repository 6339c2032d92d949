import type { EntityManager } from "typeorm";
import type { AuditEntry } from "../platform/audit-trail";
import { creationAudit } from "../platform/audit-trail";
import { Reservation } from "../platform/db/entities";
import { insertRow, type InsertedKeys } from "../platform/db/insert-row";
import type { SessionGuard } from "../accounts";
import { instrumentLock } from "./booking-locks";

export interface ReservationWrite {
  reservation: Reservation;
  audit: Omit<AuditEntry, "entityId">;
  /** Take the instrument's booking lock in the writing statement itself (a booking whose transaction holds none). */
  lockInStatement: boolean;
  /** Write only while the caller's cached session still holds (checked in the same statement). */
  guard?: SessionGuard;
  now: number;
}

/** Written, with the keys the database gave the row; or refused by the guard, with nothing written. */
export type WriteResult = { written: true; keys: InsertedKeys } | { written: false };

/**
 * The one statement that writes a reservation: the row and its audit event together, under the instrument's
 * lock on PostgreSQL, and only while the guard holds. A concurrent overlapping booking is refused by the
 * database's exclusion constraint or trigger (translated to 409 `slot_taken` by the error handler).
 */
export async function writeReservation(em: EntityManager, write: ReservationWrite): Promise<WriteResult> {
  const keys = await insertRow(em, Reservation, write.reservation, {
    companion: creationAudit(write.audit),
    advisoryLock: write.lockInStatement ? instrumentLock(write.reservation.instrumentId) : undefined,
    onlyIf: write.guard?.(em, write.now),
  });
  return keys ? { written: true, keys } : { written: false };
}
