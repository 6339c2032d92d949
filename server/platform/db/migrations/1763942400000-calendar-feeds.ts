import { Table, type MigrationInterface, type QueryRunner } from "typeorm";

/** Calendar subscriptions (iCalendar feeds), written with the portable QueryRunner API for SQLite and PostgreSQL. */
export class CalendarFeeds1763942400000 implements MigrationInterface {
  name = "CalendarFeeds1763942400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const instant = postgres ? "timestamptz" : "datetime";
    const now = postgres ? "now()" : "datetime('now')";
    await queryRunner.createTable(
      new Table({
        name: "calendar_feed",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "created_at", type: instant, default: now },
          { name: "updated_at", type: instant, default: now },
          { name: "owner_user_id", type: "integer" },
          { name: "kind", type: "varchar", length: "20" },
          { name: "label", type: "varchar", length: "100" },
          { name: "instrument_id", type: "integer", isNullable: true },
          { name: "institution_id", type: "integer", isNullable: true },
          { name: "token_hash", type: "varchar", length: "64" },
          { name: "token_salt", type: "varchar", length: "64" },
        ],
        foreignKeys: [
          { columnNames: ["owner_user_id"], referencedTableName: "app_user", referencedColumnNames: ["id"], onDelete: "CASCADE" },
          { columnNames: ["instrument_id"], referencedTableName: "instrument", referencedColumnNames: ["id"], onDelete: "CASCADE" },
          { columnNames: ["institution_id"], referencedTableName: "institution", referencedColumnNames: ["id"], onDelete: "CASCADE" },
        ],
        indices: [
          { columnNames: ["owner_user_id"] },
          { columnNames: ["token_hash"], isUnique: true },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("calendar_feed", true);
  }
}
