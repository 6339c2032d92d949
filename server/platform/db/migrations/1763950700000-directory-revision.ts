import type { MigrationInterface, QueryRunner } from "typeorm";
import { createRevisionStamp, dropRevisionStamp, type StampedTable } from "./revision-stamp";

/** The names of people and companies that calendar events show: the booking company, the booker, the staff member. */
const SHOWN_NAMES: StampedTable[] = [
  { table: "company", events: { update: `UPDATE OF "name"`, delete: "DELETE" } },
  { table: "app_user", events: { update: `UPDATE OF "display_name"`, delete: "DELETE" } },
];

/**
 * A one-row stamp bumped by triggers whenever a name that calendar events show changes (or such a row goes), in
 * the same transaction. A feed's fingerprint reads it instead of joining companies and users and comparing their
 * `updated_at`: cheaper on every poll, and it tells two renames in the same second apart (SQLite's `updated_at`
 * has one-second resolution). Only these columns: logins, password changes and locale never touch rendered feeds.
 * Both databases fire an `UPDATE OF` trigger when the column is among those updated.
 */
export class DirectoryRevision1763950700000 implements MigrationInterface {
  name = "DirectoryRevision1763950700000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createRevisionStamp(queryRunner, "directory_revision", SHOWN_NAMES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropRevisionStamp(queryRunner, "directory_revision", SHOWN_NAMES);
  }
}
