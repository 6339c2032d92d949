import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/** The catalogue lists instruments by name (per locale), a page at a time: an index in that order avoids sorting them all. */
export class InstrumentNameIndexes1763950200000 implements MigrationInterface {
  name = "InstrumentNameIndexes1763950200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ["name_ja", "name_en"]) {
      await queryRunner.createIndex("instrument", new TableIndex({ columnNames: [column, "id"] }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("instrument");
    for (const column of ["name_ja", "name_en"]) {
      const index = table?.indices.find((i) => i.columnNames.join() === `${column},id`);
      if (index) await queryRunner.dropIndex("instrument", index);
    }
  }
}
