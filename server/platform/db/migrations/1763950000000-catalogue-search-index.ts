import type { MigrationInterface, QueryRunner } from "typeorm";

export const INSTRUMENT_SEARCH_INDEX = "IDX_instrument_search_text_trgm";

/**
 * Catalogue search is `search_text LIKE '%term%'`. On PostgreSQL a trigram GIN index answers that without reading
 * every instrument (pg_trgm is a trusted extension: the database owner may create it). SQLite has no equivalent
 * for infix LIKE and scans the table, which stays fast at regional sizes, so there this migration does nothing.
 * The entity declares the index with `synchronize: false` so schema generation leaves it alone.
 */
export class CatalogueSearchIndex1763950000000 implements MigrationInterface {
  name = "CatalogueSearchIndex1763950000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== "postgres") return;
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "${INSTRUMENT_SEARCH_INDEX}" ON "instrument" USING gin ("search_text" gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== "postgres") return;
    await queryRunner.query(`DROP INDEX IF EXISTS "${INSTRUMENT_SEARCH_INDEX}"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
