import type { MigrationInterface, QueryRunner } from "typeorm";

export const INSTRUMENT_BIGRAM_INDEX = "IDX_instrument_search_text_bigram";

/**
 * Catalogue search terms of two characters (`金属`, `質量`: most Japanese words) get no help from the trigram index,
 * which needs three. On PostgreSQL this adds `search_bigrams(text)`, the set of every two-character substring, and
 * a GIN index on `search_bigrams(search_text)`: the search asks for instruments whose bigrams contain the term's
 * (`@>`), then confirms with the same LIKE as before, so results never change. Being an expression index, it can
 * never disagree with `search_text`. SQLite keeps scanning (the entity declares the index with
 * `synchronize: false` so schema generation leaves it alone).
 */
export class CatalogueBigramIndex1763950300000 implements MigrationInterface {
  name = "CatalogueBigramIndex1763950300000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== "postgres") return;
    await queryRunner.query(
      `CREATE FUNCTION search_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT coalesce(array_agg(DISTINCT substr(t, n, 2)), '{}') FROM generate_series(1, char_length(t) - 1) AS n
       $$`,
    );
    await queryRunner.query(`CREATE INDEX "${INSTRUMENT_BIGRAM_INDEX}" ON "instrument" USING gin (search_bigrams("search_text"))`);
    // Statistics on the indexed expression let the planner see how rare a bigram is.
    await queryRunner.query(`ANALYZE "instrument"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== "postgres") return;
    await queryRunner.query(`DROP INDEX IF EXISTS "${INSTRUMENT_BIGRAM_INDEX}"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS search_bigrams(text)`);
  }
}
