import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/** The account directory lists accounts by name a page at a time, and an institution admin only their institution's. */
export class AccountDirectoryIndexes1763950500000 implements MigrationInterface {
  name = "AccountDirectoryIndexes1763950500000";

  private static readonly INDEXES = [["display_name", "id"], ["institution_id"]];

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const columnNames of AccountDirectoryIndexes1763950500000.INDEXES) {
      await queryRunner.createIndex("app_user", new TableIndex({ columnNames }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("app_user");
    for (const columnNames of AccountDirectoryIndexes1763950500000.INDEXES) {
      const index = table?.indices.find((i) => i.columnNames.join() === columnNames.join());
      if (index) await queryRunner.dropIndex("app_user", index);
    }
  }
}
