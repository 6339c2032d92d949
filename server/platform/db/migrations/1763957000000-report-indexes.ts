import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/** The region-wide usage report reads a fiscal year of reservations by their start, across every institution. */
export class ReportIndexes1763957000000 implements MigrationInterface {
  name = "ReportIndexes1763957000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("reservation", new TableIndex({ columnNames: ["starts_at"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("reservation");
    const index = table?.indices.find((i) => i.columnNames.join() === "starts_at");
    if (index) await queryRunner.dropIndex("reservation", index);
  }
}
