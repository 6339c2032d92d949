import { Table, type MigrationInterface, type QueryRunner } from "typeorm";

/** Rate-limit counters in the database, so limits hold across all server processes. */
export class RateLimitCounter1763950100000 implements MigrationInterface {
  name = "RateLimitCounter1763950100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.options.type === "postgres" ? "timestamptz" : "datetime";
    await queryRunner.createTable(
      new Table({
        name: "rate_limit_counter",
        columns: [
          { name: "key", type: "varchar", length: "300", isPrimary: true },
          { name: "hits", type: "integer" },
          { name: "reset_at", type: instant },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("rate_limit_counter", true);
  }
}
