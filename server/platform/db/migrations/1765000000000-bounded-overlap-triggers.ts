import type { MigrationInterface, QueryRunner } from "typeorm";
import { LIMITS } from "../../../../shared/limits";

const ACTIVE = `('pending', 'confirmed')`;
/** No reservation is longer than this (the longest booking allowed, and a day to spare). */
const REACH_MINUTES = LIMITS.maxReservationMinutes + 24 * 60;

/**
 * SQLite's double-booking guards (1763856000000), bounded below: an existing reservation can only overlap a new one
 * if it starts less than the longest reservation before it. Unbounded, the guard walked every earlier reservation of
 * the instrument (index on instrument_id, starts_at; only `starts_at < NEW.ends_at` was a range), so each insert
 * cost the instrument's whole history: a million-row seed took over half an hour. If the bound cannot be computed
 * (an unreadable start), COALESCE falls back to no bound: the guard never lets an overlap through.
 * PostgreSQL's exclusion constraints are untouched.
 */
function triggers(bounded: boolean): string[] {
  return (["INSERT", "UPDATE"] as const).flatMap((event) => {
    const self = event === "UPDATE" ? "AND r.id <> NEW.id" : "";
    const on = event === "UPDATE" ? "UPDATE OF status, starts_at, ends_at, instrument_id, assigned_staff_id" : "INSERT";
    const floor = bounded ? `AND r.starts_at > COALESCE(strftime('%Y-%m-%d %H:%M:%f', NEW.starts_at, '-${REACH_MINUTES} minutes'), '')` : "";
    const overlapping = `r.status IN ${ACTIVE} AND r.starts_at < NEW.ends_at ${floor} AND NEW.starts_at < r.ends_at ${self}`;
    return [
      `DROP TRIGGER IF EXISTS "reservation_instrument_overlap_${event.toLowerCase()}"`,
      `DROP TRIGGER IF EXISTS "reservation_staff_overlap_${event.toLowerCase()}"`,
      `CREATE TRIGGER "reservation_instrument_overlap_${event.toLowerCase()}" BEFORE ${on} ON "reservation"
       WHEN NEW.status IN ${ACTIVE} AND EXISTS (SELECT 1 FROM "reservation" r WHERE r.instrument_id = NEW.instrument_id AND ${overlapping})
       BEGIN SELECT RAISE(ABORT, 'overlap:instrument'); END`,
      `CREATE TRIGGER "reservation_staff_overlap_${event.toLowerCase()}" BEFORE ${on} ON "reservation"
       WHEN NEW.status IN ${ACTIVE} AND NEW.assigned_staff_id IS NOT NULL AND EXISTS (SELECT 1 FROM "reservation" r WHERE r.assigned_staff_id = NEW.assigned_staff_id AND ${overlapping})
       BEGIN SELECT RAISE(ABORT, 'overlap:staff'); END`,
    ];
  });
}

export class BoundedOverlapTriggers1765000000000 implements MigrationInterface {
  name = "BoundedOverlapTriggers1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") return;
    for (const statement of triggers(true)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") return;
    for (const statement of triggers(false)) await queryRunner.query(statement);
  }
}
